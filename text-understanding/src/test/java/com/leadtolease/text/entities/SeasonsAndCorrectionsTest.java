package com.leadtolease.text.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Vague move-in answers that still name a season, and an area the prospect corrects away from. */
class SeasonsAndCorrectionsTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-12-06|not sure when, maybe sometime in the spring?|2027-03-01",
        "2026-12-06|moving in early summer|2027-06-01",
        "2026-12-06|late summer works|2027-08-01",
        "2026-12-06|we want to move in the fall|2027-09-01",
        "2026-12-06|spring 2028 probably|2028-03-01",
        "2026-12-06|mid-spring|2027-04-01",
        "2026-12-06|this winter if possible|2026-12-06",
        "2027-04-10|next spring|2028-03-01",
        "2027-04-10|late spring|2027-05-01",
        "2027-01-20|by the end of winter|2027-02-01",
    })
    void readsASeasonAsItsFirstMonth(LocalDate today, String text, LocalDate moveDate) {
        assertThat(extractor.extract(text, today).moveDate()).isEqualTo(moveDate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"apartments in Spring please", "I don't want rents to fall", "springtime is nice",
        "can I tour in the summer?"})
    void readsNoSeasonFromTheTownOrAVerbOrATour(String text) {
        assertThat(extractor.extract(text, LocalDate.of(2026, 12, 6)).moveDate()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sorry, I meant Pearland, not Cypress|Pearland",
        "Pearland instead of Katy|Pearland",
        "not in Katy, Sugar Land would be better|Sugar Land",
        "Cypress rather than the Heights|Cypress",
        "Katy, not too far from Cypress|Katy,Cypress",
        "Katy or Cypress, not Katy actually... well Katy is fine|Katy,Cypress",
    })
    void leavesOutAnAreaTurnedDown(String text, String areas) {
        assertThat(String.join(",", extractor.extract(text, LocalDate.of(2026, 12, 6)).areas())).isEqualTo(areas);
    }
}
