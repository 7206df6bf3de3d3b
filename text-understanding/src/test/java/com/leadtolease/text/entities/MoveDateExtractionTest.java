package com.leadtolease.text.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoveDateExtractionTest {

    /** A Monday. */
    private static final LocalDate MARCH_10_2025 = LocalDate.of(2025, 3, 10);

    private final EntityExtractor extractor = new EntityExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Moving June 1st|2025-06-01",
        "need it by June 1|2025-06-01",
        "6/1 works|2025-06-01",
        "5/1/2026|2026-05-01",
        "5/1/26|2026-05-01",
        "Starting 2026-06-01|2026-06-01",
        "June 1st, 2026|2026-06-01",
        "around the 15th of April|2025-04-15",
        "move in Feb 15|2026-02-15",
        "move in March 5|2026-03-05",
        "move in March 10|2025-03-10",
        "I'd like to move 2/1|2026-02-01",
    })
    void resolvesAbsoluteDatesWithPastMonthDaysMeaningNextYear(String text, String date) {
        assertThat(extractor.extract(text, MARCH_10_2025).moveDate()).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We don't have any pets. Moving end of May|2025-05-31",
        "I'll be moving at the end of February|2026-02-28",
        "Moving beginning of June|2025-06-01",
        "early June|2025-06-01",
        "first of April|2025-04-01",
        "start of July|2025-07-01",
        "mid July works|2025-07-15",
        "mid-August|2025-08-15",
        "late April|2025-04-30",
        "next month|2025-04-01",
        "end of the month|2025-03-31",
        "end of next month|2025-04-30",
        "moving end of January 2027|2027-01-31",
        "the end of February, 2028|2028-02-29",
        "mid March 2025|2025-03-15",
        "mid-June 2026|2026-06-15",
        "first week of August|2025-08-01",
        "second week of August|2025-08-08",
        "last week of August|2025-08-25",
        "in two weeks|2025-03-24",
        "moving in 3 weeks|2025-03-31",
        "in a couple of months|2025-05-10",
        "ASAP|2025-03-10",
        "Immediately if possible|2025-03-10",
        "need to move tomorrow|2025-03-11",
        "this weekend please|2025-03-15",
        "next weekend|2025-03-22",
        "next week|2025-03-17",
        "We're moving in June|2025-06-01",
        "moving in March|2025-03-10",
        "moving in January|2026-01-01",
    })
    void resolvesRelativeDates(String text, String date) {
        assertThat(extractor.extract(text, MARCH_10_2025).moveDate()).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I'd like to tour on June 5th and move in July 1st|2025-07-01",
        "Can we tour this weekend? We need to move by June 1|2025-06-01",
        "Saw it on 3/1. Move-in date would be April 15|2025-04-15",
    })
    void prefersTheDateSaidAboutMovingOverATourDate(String text, String date) {
        assertThat(extractor.extract(text, MARCH_10_2025).moveDate()).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Can we tour this weekend?", "Thanks for your time today", "I may want a 2 bedroom",
        "Looking for a 2/2 unit", "Is Feb 30 ok?", "Budget 1800", "Can I schedule a showing for tomorrow?"})
    void readsNoMoveDateWhereThereIsNone(String text) {
        assertThat(extractor.extract(text, MARCH_10_2025).moveDate()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-03-15|2025-03-15",
        "2025-03-16|2025-03-16",
        "2025-03-14|2025-03-15",
    })
    void thisWeekendIsTheComingSaturdayOrToday(String written, String date) {
        assertThat(extractor.extract("this weekend", LocalDate.parse(written)).moveDate())
                .isEqualTo(LocalDate.parse(date));
    }
}
