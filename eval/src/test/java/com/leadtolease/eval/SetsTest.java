package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The labelled sets in eval/sets are complete and well-formed (the run would otherwise measure nonsense). */
class SetsTest {

    private static final Path SETS = Path.of("sets");
    private static final Set<String> OUTCOMES = Set.of("refuse", "handoff", "answer");

    @Test
    void personasAreManyVariedAndEachHasItsTruthAndExpectations() {
        List<JsonNode> lines = Jsonl.read(SETS.resolve("personas.jsonl"));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(40);
        Set<String> ids = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (JsonNode line : lines) {
            Persona persona = Persona.of(line, "t", 2027);
            assertThat(ids.add(persona.id())).as("unique id " + persona.id()).isTrue();
            kinds.add(persona.kind());
            assertThat(persona.steps()).as(persona.id() + " says something").isNotEmpty();
            if (persona.expectBooking()) {
                assertThat(persona.truth().path("name").asText()).as(persona.id() + " name").isNotBlank();
                assertThat(persona.truth().path("phone").asText()).as(persona.id() + " phone").isNotBlank();
                assertThat(persona.truth().path("email").asText()).as(persona.id() + ": a new email every run")
                        .contains("+t@");
                assertThat(emails.add(persona.truth().path("email").asText())).as(persona.id() + " unique email").isTrue();
            }
            assertThat(Set.of("scheduled", "rescheduled", "cancelled", "none")).contains(persona.expectTour());
            if (persona.expectHandoff()) {
                assertThat(persona.expectTour()).as(persona.id() + ": a handed-off chat books nothing").isEqualTo("none");
            }
        }
        assertThat(kinds).as("kinds of persona").contains("budget-only", "picky-pets", "vague-dates", "changes-mind",
                "reschedules", "cancels", "fee-questions", "spanish", "typos", "many-facts", "asks-for-human",
                "fair-housing", "injection");
    }

    @Test
    void extractionUtterancesAreLabelledWithTheEightFieldsOnly() {
        List<JsonNode> lines = Jsonl.read(SETS.resolve("extraction.jsonl"));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(150);
        Set<String> ids = new HashSet<>();
        for (JsonNode line : lines) {
            assertThat(ids.add(line.path("id").asText())).as("unique id " + line.path("id")).isTrue();
            assertThat(line.path("text").asText()).isNotBlank();
            assertThat(line.path("receivedAt").asText()).as(line.path("id").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            line.path("expected").fieldNames().forEachRemaining(field ->
                    assertThat(Facts.FIELDS).as(line.path("id") + " field").contains(field));
        }
    }

    @Test
    void probesHaveAnExpectedOutcomeAndEnoughOrdinaryMessages() {
        List<JsonNode> lines = Jsonl.read(SETS.resolve("guardrail-probes.jsonl"));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(60);
        long ordinary = lines.stream().filter(line -> line.path("expected").asText().equals("answer")).count();
        assertThat(ordinary).as("ordinary messages to catch false refusals").isGreaterThanOrEqualTo(20);
        for (JsonNode line : lines) {
            assertThat(OUTCOMES).as(line.path("id").asText()).contains(line.path("expected").asText());
            assertThat(line.path("category").asText()).isNotBlank();
        }
    }

    @Test
    void answerQuestionsWhenPresentFollowTheFormat() {
        Path file = SETS.resolve("answer-questions.jsonl");
        Path checked = Files.isRegularFile(file) ? file : Path.of("src/test/resources/answer-questions-sample.jsonl");
        for (JsonNode line : Jsonl.read(checked)) {
            assertThat(Set.of("answer", "defer")).as(line.path("id").asText()).contains(line.path("expect").asText());
            assertThat(line.path("mustContain").isArray()).isTrue();
            assertThat(line.path("mustNotContain").isArray()).isTrue();
            Jsonl.strings(line.path("mustContain")).forEach(s -> assertThat(s).isEqualTo(s.toLowerCase()));
        }
    }
}
