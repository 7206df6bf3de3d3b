package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.LeadFacts;
import com.leadtolease.text.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FactSummaryTest {

    @Test
    void confirmsWhatOneMessageSaid() {
        LeadFacts facts = new LeadFacts();
        facts.absorb(new EntityExtractor().extract("2 bedrooms in Katy under 1900, moving June 1, I have a cat",
                LocalDate.of(2030, 3, 1)));
        assertThat(FactSummary.confirmation(facts))
                .isEqualTo("Got it: 2 bedrooms in Katy under $1,900, moving June 1, with a cat.");
    }

    @Test
    void saysStudiosAndNoPets() {
        LeadFacts facts = new LeadFacts();
        facts.bedrooms = 0;
        facts.pets = java.util.List.of();
        assertThat(FactSummary.confirmation(facts)).isEqualTo("Got it: a studio, no pets.");
    }
}
