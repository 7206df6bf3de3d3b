package com.leadtolease.text.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Signatures, web-form labels, month-and-year dates, pets owned (not asked about) and typo'd budget cues. */
class SignatureFormAndOwnershipTest {

    private static final LocalDate NOV_2_2026 = LocalDate.of(2026, 11, 2);

    private final EntityExtractor extractor = new EntityExtractor();

    private Entities extract(String text) {
        return extractor.extract(text, NOV_2_2026);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "need a 1 bed near the Medical Center. -- Paula Kemp, 713-555-0199|Paula Kemp",
        "two bedrooms please --Omar Haddad (281) 555-0142|Omar Haddad",
        "studio, pets ok? \u2014\u2014 Rita Gomez, rita@mail.example|Rita Gomez",
        "hey im Tomas Berg, looking for a 2br|Tomas Berg",
        "hello i'm Sade Okafor 281 555 0100 want a studio|Sade Okafor",
    })
    void readsNamesInSignaturesAndIntroductions(String text, String name) {
        assertThat(extract(text).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"im Looking for a studio -- thanks", "i'm Moving in May", "-- Sent from my phone"})
    void readsNoNameFromOrdinaryWords(String text) {
        assertThat(extract(text).name()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Full name: Ty Park Beds: 3 Max rent: 1700|3",
        "Bedrooms: 2 Bathrooms: 1|2",
        "Bedrooms - 1|1",
        "Name: Ada Cole Bedrooms: 0 Budget: 900|0",
        "bedroom count: 4|4",
    })
    void readsBedroomFormLabels(String text, int bedrooms) {
        assertThat(extract(text).bedrooms()).isEqualTo(bedrooms);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we plan to move in February 2027|2027-02-01",
        "relocating to Katy in September 2027 for work|2027-09-01",
        "Move-in: Jan 2028|2028-01-01",
        "looking for june, 2027 move-in|2027-06-01",
    })
    void readsMonthAndYearAsTheFirstOfTheMonth(String text, LocalDate date) {
        assertThat(extract(text).moveDate()).isEqualTo(date);
    }

    @Test
    void aMonthAndYearWithADayKeepsTheDay() {
        assertThat(extract("move in February 20 2027").moveDate()).isEqualTo(LocalDate.of(2027, 2, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Do you accept big dogs? 2 bed in Katy",
        "any buildings that allow cats?",
        "does the complex take rabbits",
        "are dogs over 40 pounds permitted?",
        "which places are okay with birds",
        "is it dog friendly?",
        "I use an emotional support dog",
        "we have a service animal, a lab",
    })
    void readsNoOwnedPetsFromQuestionsOrAssistanceAnimals(String text) {
        assertThat(extract(text).pets()).isNullOrEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I have a cat, do you allow cats?|cat",
        "my two dogs need a yard|dog",
        "does it allow dogs? I have a beagle|dog",
        "we have a service dog and a cat|cat",
    })
    void stillReadsPetsTheProspectOwns(String text, String species) {
        assertThat(extract(text).pets()).isEqualTo(List.of(species));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2br in katy undr 1800|1800",
        "a studio unde 1100 please|1100",
        "budgt 1500 for a 1 bed|1500",
    })
    void readsBudgetsAfterTypodCues(String text, int budget) {
        assertThat(extract(text).budget()).isEqualTo(budget);
    }
}
