package com.leadtolease.ingestion.service.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvColumnsTest {

    @Test
    void findsColumnsCaseInsensitivelyWithSynonyms() {
        CsvColumns columns = CsvColumns.fromHeader(List.of("Conversation ID", "SPEAKER", "Body", "Sent-At"));

        assertThat(columns).isEqualTo(new CsvColumns(1, 2, 3, 0));
        assertThat(columns.hasThreadId()).isTrue();
    }

    @Test
    void acceptsMessageForTextAndFromForRoleWithoutAThreadColumn() {
        CsvColumns columns = CsvColumns.fromHeader(List.of("date", "from", "message"));

        assertThat(columns).isEqualTo(new CsvColumns(1, 2, 0, -1));
        assertThat(columns.hasThreadId()).isFalse();
    }

    @Test
    void missingColumnsNameWhatWasFoundAndWhatIsExpected() {
        assertThatThrownBy(() -> CsvColumns.fromHeader(List.of("who_knows", "content")))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("[role, timestamp]")
                .hasMessageContaining("Found [who_knows, content]")
                .hasMessageContaining("expected role");
    }
}
