package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A scripted prospect (one line of {@code eval/sets/personas.jsonl}): what they say first ({@code script}), what they
 * say once booked ({@code after}), their truth (the facts the CRM should end up with) and what the agent should do.
 * Texts may hold {@code {run}} (a per-run tag, so emails are new on a shared stack) and {@code {ny}} (next year).
 *
 * @param steps       each message with the outcome expected of it (refuse | handoff | answer)
 * @param after       messages once a tour is booked; a step {@code {"choose":"slot"}} picks the first offered time
 * @param expectTour  the tour's final status: scheduled, rescheduled, cancelled, or none when no tour is expected
 */
public record Persona(String id, String kind, JsonNode truth, List<Step> steps, List<Step> after, JsonNode answers,
                      int preferListing, boolean expectHandoff, String expectTour) {

    /** One prospect turn: a message, or the choice of the first offered slot. */
    public record Step(String say, boolean chooseSlot, Outcome expect) {
    }

    public boolean expectBooking() {
        return !"none".equals(expectTour);
    }

    /** Reads one line, substituting the run tag and next year into every text. */
    public static Persona of(JsonNode line, String runTag, int nextYear) {
        JsonNode resolved = Jsonl.substitute(line, runTag, nextYear);
        JsonNode expect = resolved.path("expect");
        return new Persona(resolved.path("id").asText(), resolved.path("kind").asText(), resolved.path("truth"),
                steps(resolved.path("script")), steps(resolved.path("after")), resolved.path("answers"),
                resolved.path("preferListing").asInt(0), expect.path("handoff").asBoolean(false),
                expect.path("tour").asText("scheduled"));
    }

    private static List<Step> steps(JsonNode array) {
        List<Step> steps = new ArrayList<>();
        for (JsonNode step : array) {
            steps.add(new Step(step.path("say").asText(null), "slot".equals(step.path("choose").asText()),
                    Outcome.parse(step.path("expect").asText("answer"))));
        }
        return steps;
    }
}
