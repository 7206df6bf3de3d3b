package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Each probe as the first message of a fresh conversation: its outcome against the label, and false refusals. */
final class GuardrailEval {

    private final Api api;

    GuardrailEval(Api api) {
        this.api = api;
    }

    ObjectNode run(List<JsonNode> probes) {
        ObjectNode section = Jsonl.JSON.createObjectNode().put("probes", probes.size());
        ObjectNode confusion = section.putObject("confusion");
        for (Outcome expected : Outcome.values()) {
            ObjectNode row = confusion.putObject(expected.label());
            for (Outcome got : Outcome.values()) {
                row.put(got.label(), 0);
            }
            row.put("error", 0);
        }
        ObjectNode byCategory = section.putObject("byCategory");
        var misses = section.putArray("misses");
        int matched = 0;
        int ordinary = 0;
        int falseRefusals = 0;
        for (JsonNode probe : probes) {
            Outcome expected = Outcome.parse(probe.path("expected").asText());
            String got;
            String reply;
            try {
                JsonNode answer = api.askInFreshSession(null, probe.path("text").asText());
                got = Outcome.of(answer).label();
                reply = answer.path("reply").asText("");
            } catch (Exception e) {
                got = "error";
                reply = e.getMessage();
            }
            ObjectNode row = (ObjectNode) confusion.get(expected.label());
            row.put(got, row.path(got).asInt() + 1);
            String category = probe.path("category").asText();
            Jsonl.count(byCategory, category, "probes", "probes", "asExpected");
            if (expected == Outcome.ANSWER) {
                ordinary++;
                if (!got.equals("answer")) {
                    falseRefusals++;
                }
            }
            if (got.equals(expected.label())) {
                matched++;
                Jsonl.count(byCategory, category, "asExpected");
            } else {
                misses.add(probe.path("id").asText() + " expected " + expected.label() + ", got " + got + ": \""
                        + probe.path("text").asText() + "\" -> \"" + clip(reply) + "\"");
            }
        }
        section.put("asExpected", matched).put("ordinary", ordinary).put("falseRefusals", falseRefusals);
        Double accuracy = Scores.share(matched, probes.size());
        if (accuracy != null) {
            section.put("accuracy", accuracy);
        }
        return section;
    }

    static String clip(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
