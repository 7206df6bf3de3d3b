package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** What the agent did with one prospect message, as the guardrail probes label it. */
public enum Outcome {
    REFUSE, HANDOFF, ANSWER;

    /** A hand-off (flag or handoff action) wins over a refusal; a triggered guardrail alone is a refusal. */
    public static Outcome of(JsonNode reply) {
        JsonNode guardrail = reply.path("guardrail");
        boolean handoffAction = false;
        for (JsonNode action : reply.path("actions")) {
            handoffAction |= "handoff".equals(action.path("type").asText());
        }
        if (guardrail.path("handoff").asBoolean(false) || handoffAction) {
            return HANDOFF;
        }
        String triggered = guardrail.path("triggered").asText("");
        return triggered.isBlank() || "null".equals(triggered) ? ANSWER : REFUSE;
    }

    public static Outcome parse(String label) {
        return valueOf(label.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
