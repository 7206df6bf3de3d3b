package com.leadtolease.text.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiRedactorTest {

    private static final String SECRET = "test-secret";

    private final PiiRedactor redactor = new PiiRedactor(SECRET);
    private final KeyedHasher hasher = new KeyedHasher(SECRET);

    @ParameterizedTest
    @ValueSource(strings = {"(713) 555-0100", "713-555-0100", "713.555.0100", "+1 713 555 0100", "7135550100",
        "1-713-555-0100", "713 555 0100", "(713)555-0100", "+17135550100"})
    void redactsUsPhoneFormatsAndHashesTheTenDigits(String phone) {
        Redaction redaction = redactor.redact("Call me at " + phone + " after 5.");

        assertThat(redaction.cleanText()).isEqualTo("Call me at [PHONE] after 5.");
        assertThat(redaction.values()).containsExactly(new PiiValue(PiiKind.PHONE, phone, hasher.hash("7135550100")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"My budget is 1800", "Rent is $1,800/mo", "Moving 2025-01-21", "Moving on 01/21/2025",
        "Between 1500-1800", "Zip 77056", "Call 555-0100", "Unit 1204, 2 beds", "ID 1737486300",
        "Number 832-555-01234"})
    void leavesNumbersThatAreNotPhonesAlone(String text) {
        Redaction redaction = redactor.redact(text);

        assertThat(redaction.cleanText()).isEqualTo(text);
        assertThat(redaction.values()).isEmpty();
    }

    @Test
    void redactsEmailsAndHashesThemLowerCased() {
        Redaction redaction = redactor.redact("Email ANA.Lopez+apt@Example.COM.");

        assertThat(redaction.cleanText()).isEqualTo("Email [EMAIL].");
        assertThat(redaction.values()).containsExactly(
                new PiiValue(PiiKind.EMAIL, "ANA.Lopez+apt@Example.COM", hasher.hash("ana.lopez+apt@example.com")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I live at 1234 Westheimer Rd now|1234 Westheimer Rd",
        "Send it to 55 Main Street, Apt 4B please|55 Main Street, Apt 4B",
        "Office: 900 Bagby St. Houston, TX 77002 today|900 Bagby St. Houston, TX 77002",
        "It's 123 N Shepherd Dr #210 ok|123 N Shepherd Dr #210",
        "At 4400 Post Oak Pkwy Suite 1200 now|4400 Post Oak Pkwy Suite 1200",
        "at 1500 west gray street now|1500 west gray street",
        "At 10 Katy Fwy now|10 Katy Fwy",
    })
    void redactsStreetAddresses(String text, String address) {
        Redaction redaction = redactor.redact(text);

        assertThat(redaction.cleanText()).isEqualTo(text.replace(address, "[ADDRESS]"));
        assertThat(redaction.values()).extracting(PiiValue::kind, PiiValue::original)
                .containsExactly(tuple(PiiKind.ADDRESS, address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"It's a 30 minute drive", "Looking for a 2 bedroom place", "2 beds near Main St",
        "We have 3 cars that we drive", "Under 1800 a month on Westheimer", "I need 2 parking spots"})
    void doesNotTakeOrdinaryPhrasesForAddresses(String text) {
        assertThat(redactor.redact(text).cleanText()).isEqualTo(text);
    }

    @Test
    void cleanTextNeverContainsTheOriginalsAndHashesAreGroupedByKind() {
        String text = "I'm Ana, ana@example.com, 713-555-0100 or (713) 555-0100, at 1234 Westheimer Rd";

        Redaction redaction = redactor.redact(text);

        assertThat(redaction.cleanText()).isEqualTo("I'm Ana, [EMAIL], [PHONE] or [PHONE], at [ADDRESS]");
        assertThat(redaction.values()).extracting(PiiValue::original)
                .allSatisfy(original -> assertThat(redaction.cleanText()).doesNotContain(original));
        assertThat(redaction.hashesByKind()).isEqualTo(Map.of(
                PiiKind.EMAIL, List.of(hasher.hash("ana@example.com")),
                PiiKind.PHONE, List.of(hasher.hash("7135550100")),
                PiiKind.ADDRESS, List.of(hasher.hash("1234 westheimer rd"))));
    }

    @Test
    void hashesAValueTheSameWayAsRedaction() {
        assertThat(redactor.hash(PiiKind.PHONE, "+1 (713) 555-0100")).isEqualTo(hasher.hash("7135550100"));
        assertThat(redactor.hash(PiiKind.EMAIL, " Ana@Example.com ")).isEqualTo(hasher.hash("ana@example.com"));
    }

    @Test
    void nullTextRedactsToEmpty() {
        assertThat(redactor.redact(null)).isEqualTo(new Redaction("", List.of()));
    }

    @Test
    void placeholdersAndWireNames() {
        assertThat(PiiKind.EMAIL.placeholder()).isEqualTo("[EMAIL]");
        assertThat(PiiKind.ADDRESS.wireName()).isEqualTo("address");
    }
}
