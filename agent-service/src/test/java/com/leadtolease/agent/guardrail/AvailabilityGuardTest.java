package com.leadtolease.agent.guardrail;

import com.leadtolease.agent.policy.SlotLabels;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityGuardTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    /** A Tuesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZonedDateTime THU_1530 = ZonedDateTime.of(2026, 11, 26, 15, 30, 0, 0, ZONE);
    private static final ZonedDateTime FRI_1000 = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZONE);

    @Test
    void keepsSlotsThatAToolReturnedWrittenAsLabelsOrInWords() {
        String text = "I found two times: " + SlotLabels.label(THU_1530.toInstant(), "America/Chicago") + " or "
                + "Friday at 10 AM. Which works for you?";
        AvailabilityGuard.Checked checked = AvailabilityGuard.check(text, List.of(THU_1530, FRI_1000), List.of(), TODAY);
        assertThat(checked.corrected()).isFalse();
        assertThat(checked.text()).isEqualTo(text);
    }

    @Test
    void aNumberedListOfSlotsIsOneSentenceAndAnInventedEntryRemovesIt() {
        String list = "The next free times are: 1. Thu Nov 26, 3:30 PM CST; 2. Fri Nov 27, 10:00 AM CST.";
        assertThat(AvailabilityGuard.check(list, List.of(THU_1530, FRI_1000), List.of(), TODAY).corrected()).isFalse();
        assertThat(AvailabilityGuard.check(list, List.of(THU_1530), List.of(), TODAY).text()).isEmpty();
    }

    @Test
    void removesTheSentenceWithAnInventedTime() {
        AvailabilityGuard.Checked checked = AvailabilityGuard.check("Happy to help! We have a tour open Friday at "
                + "5:45 PM. Shall I book it?", List.of(THU_1530, FRI_1000), List.of(), TODAY);
        assertThat(checked.removed()).containsExactly("We have a tour open Friday at 5:45 PM.");
        assertThat(checked.text()).isEqualTo("Happy to help! Shall I book it?");
    }

    @Test
    void aRealTimeOnTheWrongDayIsStillInvented() {
        // 3:30 PM exists, but on Thursday, not Friday: the day and the time written together must fit one slot.
        AvailabilityGuard.Checked checked = AvailabilityGuard.check("How about Friday at 3:30 PM?",
                List.of(THU_1530, FRI_1000), List.of(), TODAY);
        assertThat(checked.corrected()).isTrue();
        assertThat(checked.text()).isEmpty();
    }

    @Test
    void withoutAnyToolSlotEveryTimeAndDateIsRemoved() {
        AvailabilityGuard.Checked checked = AvailabilityGuard.check("Great question. Tours run at 2pm tomorrow. "
                + "We could also do 11/28. Or Dec 1st? Anything else?", List.of(), List.of(), TODAY);
        assertThat(checked.removed()).hasSize(3);
        assertThat(checked.text()).isEqualTo("Great question. Anything else?");
    }

    @Test
    void aKnownDateMayBeNamedOnItsOwnButNotWithAnUncheckedTime() {
        LocalDate moveIn = LocalDate.of(2027, 6, 1);
        assertThat(AvailabilityGuard.check("Noted: you're moving June 1.", List.of(), List.of(moveIn), TODAY)
                .corrected()).isFalse();
        assertThat(AvailabilityGuard.check("A tour on June 1 at 9:00 AM works.", List.of(), List.of(moveIn), TODAY)
                .corrected()).isTrue();
    }

    @Test
    void ordinaryNumbersAndWordsAreNotTimes() {
        String text = "It has 2 bedrooms, rent from $1,850 a month, and plenty of sun on the patio.";
        assertThat(AvailabilityGuard.mentionsTimeOrDate(text, TODAY)).isFalse();
        assertThat(AvailabilityGuard.mentionsTimeOrDate("See you at 14:30", TODAY)).isTrue();
        assertThat(AvailabilityGuard.mentionsTimeOrDate("Come by tomorrow", TODAY)).isTrue();
    }
}
