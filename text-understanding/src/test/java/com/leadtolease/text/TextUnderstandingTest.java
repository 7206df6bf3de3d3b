package com.leadtolease.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.normalize.Role;
import com.leadtolease.text.pii.KeyedHasher;
import com.leadtolease.text.pii.PiiKind;
import com.leadtolease.text.pii.PiiValue;
import com.leadtolease.text.stage.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextUnderstandingTest {

    private static final String SECRET = "test-secret";
    private static final TextUnderstanding UNDERSTANDING =
            TextUnderstanding.withDefaults(SECRET, ZoneId.of("America/Chicago"));

    private final KeyedHasher hasher = new KeyedHasher(SECRET);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Looking for a 2br in Katy.\\n- Lucia (281) 555-0100 | Lucia",
            "Any 1 bedrooms left in Spring? Cheers, Sam Ortiz sam.ortiz@example.com | Sam Ortiz",
            "Do you have parking?\\n-\\nDana Whitfield | Dana Whitfield"})
    void aSignatureNameIsReadAfterItsContactDetailsWereRedacted(String text, String name) {
        UnderstoodMessage message = UNDERSTANDING.understand(text.replace("\\n", "\n"), "lead", null,
                LocalDate.of(2025, 3, 10));
        assertThat(message.cleanText()).doesNotContain("555-0100").doesNotContain("@example.com");
        assertThat(message.entities().name()).isEqualTo(name);
    }

    @Test
    void readsAMessageEndToEnd() {
        Instant sent = Instant.parse("2025-03-11T03:30:00Z");

        UnderstoodMessage message = UNDERSTANDING.understand(
                "Prospect \u2013  Hi, I\u2019m Ana! Looking for a 2BR in the Heights under $1,800/mo, moving "
                        + "next month with my cat. Reach me at ANA@example.com or (713) 555-0100.",
                null, sent, null);

        assertThat(message.role()).isEqualTo(Role.LEAD);
        assertThat(message.cleanText()).isEqualTo("Hi, I'm Ana! Looking for a 2BR in the Heights under $1,800/mo, "
                + "moving next month with my cat. Reach me at [EMAIL] or [PHONE].");
        assertThat(message.timestamp()).isEqualTo(sent);
        assertThat(message.entities()).isEqualTo(new Entities(1800, 2, LocalDate.of(2025, 4, 1), List.of("cat"),
                List.of("The Heights"), List.of(), "Ana", null, null));
        assertThat(message.stage().stage()).isEqualTo(Stage.QUALIFYING);
        assertThat(message.piiHashes()).isEqualTo(Map.of(
                PiiKind.EMAIL, List.of(hasher.hash("ana@example.com")),
                PiiKind.PHONE, List.of(hasher.hash("7135550100"))));
        assertThat(message.originals()).containsExactly(
                new PiiValue(PiiKind.EMAIL, "ANA@example.com", hasher.hash("ana@example.com")),
                new PiiValue(PiiKind.PHONE, "(713) 555-0100", hasher.hash("7135550100")));
    }

    @Test
    void theRoleHintWinsOverThePrefixWhichIsStrippedAnyway() {
        UnderstoodMessage message = UNDERSTANDING.understand("Lead: Your application has been approved!", "leasing agent",
                null, LocalDate.of(2025, 3, 10));

        assertThat(message.role()).isEqualTo(Role.AGENT);
        assertThat(message.cleanText()).isEqualTo("Your application has been approved!");
        assertThat(message.stage().stage()).isEqualTo(Stage.APPROVAL);
        assertThat(message.stage().byRule()).isTrue();
        assertThat(message.piiHashes()).isEmpty();
        assertThat(message.originals()).isEmpty();
    }

    @Test
    void addressesNeverReachTheCleanTextOrTheBudget() {
        UnderstoodMessage message = UNDERSTANDING.understand("I live at 2100 Westheimer Rd, Apt 12", "tenant", null,
                LocalDate.of(2025, 3, 10));

        assertThat(message.cleanText()).isEqualTo("I live at [ADDRESS]");
        assertThat(message.entities().budget()).isNull();
        assertThat(message.piiHashes()).isEqualTo(Map.of(PiiKind.ADDRESS, List.of(hasher.hash("2100 westheimer rd apt 12"))));
    }

    @Test
    void withoutAnyRoleTheRoleIsUnknown() {
        assertThat(UNDERSTANDING.understand("ok thanks", null, null, LocalDate.of(2025, 3, 10)).role()).isNull();
    }

    @Test
    void needsATimestampOrAReferenceDate() {
        assertThatThrownBy(() -> UNDERSTANDING.understand("next month", "lead", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A message needs a timestamp or a reference date");
    }
}
