package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.BookedTour;
import com.leadtolease.agent.domain.ConversationSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HandoffSummaryTest {

    @Test
    void summarisesFactsTourAndReasonInOneLine() {
        ConversationSession session = ConversationSession.open("s-1", "web", null, Instant.now());
        session.facts.name = "Ana Lopez";
        session.facts.bedrooms = 2;
        session.facts.areas.add("Katy");
        session.facts.budget = 1900;
        session.facts.pets = List.of("cat");
        session.facts.moveDate = LocalDate.of(2027, 6, 1);
        BookedTour tour = new BookedTour();
        tour.label = "Thu 3:30 PM";
        tour.propertyName = "Cinco Ranch Commons";
        session.tourBooked(tour);
        session.handOff();
        session.handOffRecorded(Instant.now(), "the prospect asked for a person");

        assertThat(HandoffSummary.of(session)).isEqualTo("Ana, 2 bd in Katy ≤ $1,900, cat, moving June 1, "
                + "tour Thu 3:30 PM at Cinco Ranch Commons; asked for a person");
    }

    @Test
    void leavesOutWhatIsNotKnownAndNamesAGuardrailReason() {
        ConversationSession session = ConversationSession.open("s-2", "web", null, Instant.now());
        session.facts.pets = List.of();
        session.facts.areas.addAll(List.of("Katy", "Cypress"));
        session.handOffAfterRefusal();
        session.handOffRecorded(Instant.now(), "guardrail: fair_housing");

        assertThat(HandoffSummary.of(session)).isEqualTo("Prospect, in Katy or Cypress, no pets; guardrail: fair_housing");
    }

    @Test
    void aConversationNotHandedOffHasNoReasonAndAStudioReadsSo() {
        ConversationSession session = ConversationSession.open("s-3", "web", null, Instant.now());
        session.facts.name = "Bo";
        session.facts.bedrooms = 0;
        session.facts.budget = 1200;
        session.propertyChosen("p-1", "Katy Flats", "America/Chicago");

        assertThat(HandoffSummary.of(session)).isEqualTo("Bo, studio ≤ $1,200, looking at Katy Flats");
        assertThat(HandoffSummary.firstName("  ")).isNull();
    }
}
