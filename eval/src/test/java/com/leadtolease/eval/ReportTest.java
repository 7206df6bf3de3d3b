package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    private static JsonNode target(JsonNode targets, String name) {
        for (JsonNode target : targets) {
            if (target.path("name").asText().equals(name)) {
                return target;
            }
        }
        throw new AssertionError("no target " + name + " in " + targets);
    }

    @Test
    void personaTotalsDecideTheirTargets() throws Exception {
        JsonNode line = Jsonl.JSON.readTree("""
                {"id":"p","kind":"k","truth":{"name":"Ana"},"script":[{"say":"hi"}],"expect":{"tour":"scheduled"}}""");
        Persona persona = Persona.of(line, "r1", 2027);
        List<PersonaResult> results = new ArrayList<>();
        for (int turns : new int[] {4, 9, 5}) {
            PersonaResult result = new PersonaResult(persona);
            result.booked = true;
            result.bookedOnFreeSlot = true;
            result.tourStatus = "scheduled";
            result.turnsToBooking = turns;
            result.slotsOffered = 3;
            results.add(result);
        }
        results.get(2).slotsInvented = 1;
        results.get(1).bookedOnFreeSlot = false;

        ObjectNode report = Jsonl.JSON.createObjectNode();
        report.set("personas", PersonaEval.summary(results));
        JsonNode targets = Report.targets(report);

        assertThat(target(targets, "personas booked on a real free slot").path("met").asBoolean()).isFalse();
        assertThat(target(targets, "personas booked on a real free slot").path("value").asText()).contains("2 / 3");
        assertThat(target(targets, "offered slots that did not exist").path("value").asText()).startsWith("1 of 9");
        assertThat(target(targets, "offered slots that did not exist").path("met").asBoolean()).isFalse();
        assertThat(target(targets, "median turns to booking").path("value").asText()).isEqualTo("5.0");
        assertThat(target(targets, "median turns to booking").path("met").asBoolean()).isTrue();
        assertThat(report.path("personas").path("passed").asInt()).as("only the first passes").isEqualTo(1);
    }

    @Test
    void theLowestFieldF1DecidesTheExtractionTarget() {
        ObjectNode report = Jsonl.JSON.createObjectNode();
        ObjectNode fields = report.putObject("extraction").putObject("fields");
        fields.putObject("email").put("f1", 1.0);
        fields.putObject("pets").put("f1", 0.91);
        fields.putObject("areas").putNull("f1");

        JsonNode extraction = target(Report.targets(report), "extraction F1, every field");
        assertThat(extraction.path("met").asBoolean()).isFalse();
        assertThat(extraction.path("value").asText()).isEqualTo("lowest 0.910 (pets)");
    }

    @Test
    void theHandWrittenSectionSurvivesANewRun() {
        String earlier = "# old\n\n" + Report.HAND_START + "\n## Missed targets\n\nPets F1 is low because…\n"
                + Report.HAND_END + "\n\nold tables\n";
        ObjectNode report = Jsonl.JSON.createObjectNode().put("mode", "guided");
        report.putArray("targets");

        String markdown = Report.markdown(report, Report.handWritten(earlier));

        assertThat(markdown).contains("Pets F1 is low because…").doesNotContain("old tables").contains("**guided**")
                .contains("Not measured: `eval/sets/answer-questions.jsonl`");
        assertThat(Report.markdown(report, null)).contains(Report.HAND_START).contains("_Not written yet._");
    }
}
