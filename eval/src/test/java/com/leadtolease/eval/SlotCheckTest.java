package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotCheckTest {

    private static final String AVAILABILITY = """
            {"propertyId":"cinco-ranch-commons","timeZone":"America/Chicago","slotMinutes":30,"slots":[
              {"slotId":"cinco-ranch-commons-2026-12-08T10:00","start":"2026-12-08T10:00:00-06:00","remaining":2},
              {"slotId":"cinco-ranch-commons-2026-12-08T10:30","start":"2026-12-08T10:30:00-06:00","remaining":0}]}""";

    private static SlotCheck.Status check(String card) throws Exception {
        return SlotCheck.of(Jsonl.JSON.readTree(card), Jsonl.JSON.readTree(AVAILABILITY));
    }

    @Test
    void aSlotListedWithRoomIsFree() throws Exception {
        assertThat(check("{\"type\":\"slot\",\"slotId\":\"cinco-ranch-commons-2026-12-08T10:00\","
                + "\"propertyId\":\"cinco-ranch-commons\"}")).isEqualTo(SlotCheck.Status.FREE);
    }

    @Test
    void aListedSlotWithoutRoomIsFull() throws Exception {
        assertThat(check("{\"slotId\":\"cinco-ranch-commons-2026-12-08T10:30\",\"propertyId\":\"cinco-ranch-commons\"}"))
                .isEqualTo(SlotCheck.Status.FULL);
    }

    @Test
    void anUnlistedSlotOrOneOfAnotherPropertyIsMissing() throws Exception {
        assertThat(check("{\"slotId\":\"cinco-ranch-commons-2026-12-08T11:00\",\"propertyId\":\"cinco-ranch-commons\"}"))
                .isEqualTo(SlotCheck.Status.MISSING);
        assertThat(check("{\"slotId\":\"cinco-ranch-commons-2026-12-08T10:00\",\"propertyId\":\"main-street-tower\"}"))
                .isEqualTo(SlotCheck.Status.MISSING);
        assertThat(check("{\"propertyId\":\"cinco-ranch-commons\"}")).isEqualTo(SlotCheck.Status.MISSING);
    }
}
