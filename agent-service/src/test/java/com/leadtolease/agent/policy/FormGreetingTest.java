package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.LeadFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormGreetingTest {

    @Test
    void saysBackEverythingTheFormTold() {
        LeadFacts facts = new LeadFacts();
        facts.name = "Ana Lopez";
        facts.bedrooms = 2;
        facts.budget = 1900;
        facts.moveDate = LocalDate.of(2030, 6, 1);
        facts.pets = List.of("cat");

        assertThat(FormGreeting.of(facts, "Maple Court")).isEqualTo("Hi Ana, thanks for your interest in a "
                + "2-bedroom at Maple Court around $1,900 from June 1 — with your cat.");
    }

    @Test
    void saysOnlyWhatIsKnown() {
        LeadFacts facts = new LeadFacts();
        facts.areas = List.of("Katy", "Cypress");
        facts.bedrooms = 0;
        facts.pets = List.of();

        assertThat(FormGreeting.of(facts, null))
                .isEqualTo("Hi there, thanks for your interest in a studio in Katy or Cypress.");
        assertThat(FormGreeting.of(new LeadFacts(), null)).isEqualTo("Hi there, thanks for your interest in a home.");
    }

    @Test
    void aWelcomedLeadCanAskForTourTimesInItsOwnWords() {
        assertThat(MessageReader.wantsTourTime("Pick a tour time")).isTrue();
        assertThat(MessageReader.wantsTourTime("I'd like to book a tour")).isTrue();
        assertThat(MessageReader.wantsTourTime("what time is it in Katy?")).isFalse();
    }
}
