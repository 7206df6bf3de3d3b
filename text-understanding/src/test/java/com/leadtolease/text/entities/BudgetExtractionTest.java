package com.leadtolease.text.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetExtractionTest {

    private static final LocalDate MONDAY_MARCH_10 = LocalDate.of(2025, 3, 10);

    private final EntityExtractor extractor = new EntityExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Looking for something around $1,800/mo|1800",
        "I can do 1800 a month|1800",
        "budget 2k|2000",
        "1.5k max|1500",
        "under 1400 please|1400",
        "no more than $2,000|2000",
        "between 1500 and 1800|1800",
        "1500-1800 would be ideal|1800",
        "$1500 to $1800 per month|1800",
        "1.5-2k|2000",
        "two thousand|2000",
        "fifteen hundred a month|1500",
        "can you do something under 2 grand?|2000",
        "budget is around 1700|1700",
        "My budget is flexible, I was thinking 1650|1650",
        "I'd pay up to 1,650 monthly|1650",
        "Rent 1400 tops|1400",
        "I can spend like 2200 max|2200",
        "We make $5,000 a month and want to spend 1500|1500",
        "application fee is $50, deposit $500, rent around 1450|1450",
        "unit 1204 looked nice, around 1600 is fine|1600",
        "Lease starts 7/15, budget 1700|1700",
        "2BR under $1,900 in Katy, 713-555-0100|1900",
        "Hi! 3 bed, 2 bath, max 2,400, moving 2026|2400",
    })
    void readsTheMostTheProspectWillPay(String text, int budget) {
        assertThat(extractor.extract(text, MONDAY_MARCH_10).budget()).isEqualTo(budget);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I need a 2 bedroom",
        "We're moving in 2026 and my zip is 77056",
        "I live at 1800 Main Street, Apt 4B",
        "my address is 2100 Westheimer Rd and budget is flexible",
        "Call me at 713-555-0100 or 7135550100",
        "we have 2 kids, 3 dogs and need 1800 sq ft",
        "I'm looking at about 900 square feet",
        "I was born in 1990 and moved in 2019",
        "Moving 06/01/2025 at 1:30",
        "I make 4500 a month",
        "unit 1204 please",
        "Can I see it June 2026?",
        "About 20 minutes from 1960",
    })
    void doesNotMistakeOtherNumbersForABudget(String text) {
        assertThat(extractor.extract(text, MONDAY_MARCH_10).budget()).isNull();
    }
}
