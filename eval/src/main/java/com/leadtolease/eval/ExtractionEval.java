package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-field precision / recall / F1 of {@code POST /api/leads/parse-inquiry} on the labelled utterances. */
final class ExtractionEval {

    private final Api api;

    ExtractionEval(Api api) {
        this.api = api;
    }

    ObjectNode run(List<JsonNode> utterances) {
        Map<String, Scores.FieldCounts> fields = new LinkedHashMap<>();
        Facts.FIELDS.forEach(field -> fields.put(field, new Scores.FieldCounts()));
        ObjectNode section = Jsonl.JSON.createObjectNode().put("utterances", utterances.size());
        var misses = section.putArray("misses");
        int errors = 0;
        for (JsonNode utterance : utterances) {
            JsonNode got;
            try {
                got = api.parseInquiry(utterance.path("text").asText(), utterance.path("receivedAt").asText(null));
            } catch (Exception e) {
                errors++;
                misses.add(utterance.path("id").asText() + ": ERROR " + e.getMessage());
                got = Jsonl.JSON.createObjectNode();
            }
            score(utterance, got, fields, misses);
        }
        section.put("errors", errors);
        ObjectNode perField = section.putObject("fields");
        Scores.FieldCounts all = new Scores.FieldCounts();
        fields.forEach((field, counts) -> {
            perField.set(field, Report.counts(counts));
            all.addAll(counts);
        });
        section.set("all", Report.counts(all));
        return section;
    }

    /** Adds one utterance's comparisons; a miss is listed with what was expected and what came. */
    static void score(JsonNode utterance, JsonNode got, Map<String, Scores.FieldCounts> fields,
                      com.fasterxml.jackson.databind.node.ArrayNode misses) {
        JsonNode expected = utterance.path("expected");
        for (String field : Facts.FIELDS) {
            String want = Facts.normalise(field, Facts.field(expected, field));
            String have = Facts.normalise(field, Facts.field(got, field));
            fields.get(field).add(want, have);
            if (want == null ? have != null : !want.equals(have)) {
                misses.add(utterance.path("id").asText() + " " + field + ": expected " + want + ", got " + have
                        + " — \"" + utterance.path("text").asText() + "\"");
            }
        }
    }
}
