package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Plays every persona, one at a time, and sums what their conversations came to. */
final class PersonaEval {

    private final PersonaDriver driver;
    private final String runTag;
    private final int nextYear;

    PersonaEval(Api api, Instant runStart, String runTag, int nextYear) {
        this.driver = new PersonaDriver(api, runStart);
        this.runTag = runTag;
        this.nextYear = nextYear;
    }

    ObjectNode run(List<JsonNode> lines) {
        List<PersonaResult> results = new ArrayList<>();
        for (JsonNode line : lines) {
            Persona persona = Persona.of(line, runTag, nextYear);
            PersonaResult result = driver.run(persona);
            System.out.println("persona " + persona.id() + ": " + (result.passed() ? "pass" : "FAIL") + " (" + result.turns
                    + " turns" + (result.error == null ? "" : ", " + result.error) + ")");
            results.add(result);
        }
        return summary(results);
    }

    static ObjectNode summary(List<PersonaResult> results) {
        ObjectNode section = Jsonl.JSON.createObjectNode().put("personas", results.size());
        int passed = 0;
        int expectedBookings = 0;
        int bookedOnFreeSlot = 0;
        int offered = 0;
        int invented = 0;
        int factsCorrect = 0;
        int factsChecked = 0;
        int guardrailMatched = 0;
        int guardrailChecked = 0;
        int handoffsExpected = 0;
        int handoffsAsExpected = 0;
        int errors = 0;
        List<Integer> turnsToBooking = new ArrayList<>();
        var rows = section.putArray("results");
        for (PersonaResult result : results) {
            Persona persona = result.persona;
            passed += result.passed() ? 1 : 0;
            if (persona.expectBooking()) {
                expectedBookings++;
                bookedOnFreeSlot += result.booked && result.bookedOnFreeSlot ? 1 : 0;
            }
            if (result.turnsToBooking != null) {
                turnsToBooking.add(result.turnsToBooking);
            }
            offered += result.slotsOffered;
            invented += result.slotsInvented;
            factsCorrect += result.factsCorrect;
            factsChecked += result.factsChecked;
            guardrailMatched += result.guardrailMatched;
            guardrailChecked += result.guardrailChecked;
            handoffsExpected += persona.expectHandoff() ? 1 : 0;
            handoffsAsExpected += result.handedOff == persona.expectHandoff() ? 1 : 0;
            errors += result.error == null ? 0 : 1;
            ObjectNode row = rows.addObject().put("id", persona.id()).put("kind", persona.kind())
                    .put("passed", result.passed()).put("expectTour", persona.expectTour())
                    .put("booked", result.booked).put("bookedOnFreeSlot", result.bookedOnFreeSlot)
                    .put("tourStatus", result.tourStatus).put("turns", result.turns)
                    .put("slotsOffered", result.slotsOffered).put("slotsInvented", result.slotsInvented)
                    .put("factsCorrect", result.factsCorrect).put("factsChecked", result.factsChecked)
                    .put("guardrailMatched", result.guardrailMatched).put("guardrailChecked", result.guardrailChecked)
                    .put("expectHandoff", persona.expectHandoff()).put("handedOff", result.handedOff)
                    .put("error", result.error);
            if (result.turnsToBooking != null) {
                row.put("turnsToBooking", result.turnsToBooking);
            }
            var problems = row.putArray("problems");
            result.problems.forEach(problems::add);
            if (!result.passed()) {
                var transcript = row.putArray("transcript");
                result.transcript.forEach(transcript::add);
            }
        }
        section.put("passed", passed).put("expectedBookings", expectedBookings)
                .put("bookedOnFreeSlot", bookedOnFreeSlot).put("slotsOffered", offered).put("slotsInvented", invented)
                .put("factsCorrect", factsCorrect).put("factsChecked", factsChecked)
                .put("guardrailMatched", guardrailMatched).put("guardrailChecked", guardrailChecked)
                .put("handoffsExpected", handoffsExpected).put("handoffsAsExpected", handoffsAsExpected)
                .put("errors", errors);
        Double median = Scores.median(turnsToBooking);
        if (median != null) {
            section.put("medianTurnsToBooking", median);
        }
        return section;
    }
}
