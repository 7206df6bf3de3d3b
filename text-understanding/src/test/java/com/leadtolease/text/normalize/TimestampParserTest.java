package com.leadtolease.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {

    private final TimestampParser parser = new TimestampParser(ZoneId.of("America/Chicago"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-01-21T13:00:00Z|2025-01-21T13:00:00Z",
        "2025-01-21T13:00Z|2025-01-21T13:00:00Z",
        "2025-01-21T13:00:00-06:00|2025-01-21T19:00:00Z",
        "2025-01-21T13:00:00.123+00:00|2025-01-21T13:00:00.123Z",
        "2025-01-21 13:00:00Z|2025-01-21T13:00:00Z",
        "2025-01-21T13:00:00-06:00[America/Chicago]|2025-01-21T19:00:00Z",
    })
    void keepsTheOffsetOfZonedValues(String raw, String expected) {
        assertThat(parser.parse(raw)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-01-21 13:00|2025-01-21T19:00:00Z",
        "2025-01-21T13:00:00|2025-01-21T19:00:00Z",
        "1/21/2025 1:05 PM|2025-01-21T19:05:00Z",
        "1/21/2025 1:05pm|2025-01-21T19:05:00Z",
        "01/21/2025 13:05|2025-01-21T19:05:00Z",
        "Jan 21, 2025 1:05 PM|2025-01-21T19:05:00Z",
        "January 21, 2025 1:05 p.m.|2025-01-21T19:05:00Z",
        "21 January 2025 13:05|2025-01-21T19:05:00Z",
        "21 Jan 2025 1:05 AM|2025-01-21T07:05:00Z",
        "2025-07-04 09:30|2025-07-04T14:30:00Z",
        "2025-01-21|2025-01-21T06:00:00Z",
        "1/21/2025|2025-01-21T06:00:00Z",
    })
    void readsNaiveValuesInTheDefaultZone(String raw, String expected) {
        assertThat(parser.parse(raw)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1737486300|2025-01-21T19:05:00Z",
        "1737486300000|2025-01-21T19:05:00Z",
        "999999999|2001-09-09T01:46:39Z",
    })
    void readsEpochSecondsOrMillisByMagnitude(String raw, String expected) {
        assertThat(parser.parse(raw)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "not a date", "2025", "1800", "2025-13-01 10:00", "2/30/2025 10:00", "yesterday",
        "12345678901"})
    void unparseableValuesAreEmpty(String raw) {
        assertThat(parser.parse(raw)).isEmpty();
    }
}
