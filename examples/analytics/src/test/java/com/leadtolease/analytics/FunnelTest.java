package com.leadtolease.analytics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FunnelTest {
    private final CloudEventCodec codec = new CloudEventCodec(RecordedEvents.JSON);

    @Test
    void countsTheRecordedFunnelPerDayAndProperty() {
        FunnelReport report = funnelOf(RecordedEvents.all());

        assertThat(report.rows()).containsExactlyElementsOf(RecordedEvents.EXPECTED);
        assertThat(report.total()).isEqualTo(new FunnelReport.Row(null, null, 3, 2, 2, 1, 1));
    }

    @Test
    void theOrderOfTheEventsDoesNotMatter() {
        List<RecordedEvents.Recorded> reversed = new ArrayList<>(RecordedEvents.all());
        Collections.reverse(reversed);

        assertThat(funnelOf(reversed).rows()).containsExactlyElementsOf(RecordedEvents.EXPECTED);
    }

    @Test
    void aRedeliveredEventCountsOnce() {
        List<RecordedEvents.Recorded> twice = new ArrayList<>(RecordedEvents.all());
        twice.addAll(RecordedEvents.all());

        assertThat(funnelOf(twice).total()).isEqualTo(new FunnelReport.Row(null, null, 3, 2, 2, 1, 1));
    }

    @Test
    void printsEachStageAsAShareOfTheRowsLeads() {
        String table = funnelOf(RecordedEvents.all()).render();

        assertThat(table.lines()).hasSize(5);
        assertThat(table.lines().toList().get(4).split("\\s{2,}"))
                .containsExactly("total", "3", "2 (67%)", "2 (67%)", "1 (33%)", "1 (33%)");
        assertThat(table).contains("2026-12-01  p-oak").contains("2026-12-02  p-elm").contains("(none)");
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsNoEvent() {
        RecordedEvents.Recorded plain = RecordedEvents.all().get(RecordedEvents.all().size() - 1);

        assertThat(plain.headers()).isEmpty();
        assertThat(codec.read(plain.headers()::get, plain.key(), plain.value())).isEmpty();
    }

    private FunnelReport funnelOf(List<RecordedEvents.Recorded> records) {
        Funnel funnel = new Funnel();
        records.forEach(r -> codec.read(r.headers()::get, r.key(), r.value()).ifPresent(funnel::accept));
        return funnel.report();
    }
}
