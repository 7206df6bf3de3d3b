package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.OfferedSlot;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Words that pick one of three offered slots, read in the property's zone. */
class SlotChoiceTest {

    private static final String ZONE = "America/Chicago";
    // Wednesday 2030-05-15 is "today".
    private static final LocalDate TODAY = LocalDate.of(2030, 5, 15);
    private final List<OfferedSlot> offered = List.of(
            slot("thu-1530", LocalDateTime.of(2030, 5, 16, 15, 30)),
            slot("fri-1000", LocalDateTime.of(2030, 5, 17, 10, 0)),
            slot("sat-1100", LocalDateTime.of(2030, 5, 18, 11, 0)));

    @Test
    void picksByPosition() {
        assertThat(pick("the second one")).isEqualTo("fri-1000");
        assertThat(pick("#3")).isEqualTo("sat-1100");
        assertThat(pick("1")).isEqualTo("thu-1530");
        assertThat(pick("the last one please")).isEqualTo("sat-1100");
    }

    @Test
    void picksByDayAndTime() {
        assertThat(pick("Thursday at 3:30")).isEqualTo("thu-1530");
        assertThat(pick("tomorrow afternoon")).isEqualTo("thu-1530");
        assertThat(pick("friday morning works")).isEqualTo("fri-1000");
        assertThat(pick("Sat 11am")).isEqualTo("sat-1100");
        assertThat(pick("May 17 at 10")).isEqualTo("fri-1000");
    }

    @Test
    void picksNothingWhenNoOfferedSlotFits() {
        assertThat(SlotChoice.pick("Thursday morning", offered, TODAY)).isEmpty();
        assertThat(SlotChoice.pick("do you allow cats?", offered, TODAY)).isEmpty();
        assertThat(SlotChoice.pick("Monday at 9", offered, TODAY)).isEmpty();
    }

    @Test
    void labelsSlotsInThePropertysZone() {
        assertThat(offered.get(0).label).isEqualTo("Thu May 16, 3:30 PM CDT");
    }

    private String pick(String text) {
        return SlotChoice.pick(text, offered, TODAY).map(slot -> slot.slotId).orElse(null);
    }

    private static OfferedSlot slot(String id, LocalDateTime local) {
        OfferedSlot slot = new OfferedSlot();
        slot.slotId = id;
        slot.propertyId = "p";
        slot.zone = ZONE;
        slot.start = local.atZone(ZoneId.of(ZONE)).toInstant();
        slot.label = SlotLabels.label(slot.start, ZONE);
        return slot;
    }
}
