package com.leadtolease.contracts.chat;

import com.leadtolease.contracts.problem.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * The UI actions a conversation turn may carry ({@link ChatInboundData#actionType()}) and the payload value each one
 * needs. Checked wherever a turn enters: the gateway's WebSocket and REST edges, agent-service's REST API and its
 * {@code chat.inbound} consumer.
 */
public final class ChatActions {

    public static final List<String> TYPES = List.of("choose_listing", "choose_slot", "mark_favorite", "request_docs",
            "apply", "handoff");
    private static final Map<String, String> REQUIRED_PAYLOAD = Map.of("choose_listing", "propertyId",
            "choose_slot", "slotId");

    private ChatActions() {
    }

    /**
     * Refuses (400 naming the field) a missing or unknown action type, or a missing payload value it needs.
     *
     * @param typeField how the caller's input names the type ("type" in REST bodies, "actionType" elsewhere)
     */
    public static void check(String typeField, String type, Map<String, Object> payload) {
        if (type == null || type.isBlank()) {
            throw ProblemException.invalidField(typeField, "is required");
        }
        if (!TYPES.contains(type)) {
            throw ProblemException.invalidField(typeField, "must be one of " + String.join(", ", TYPES));
        }
        String key = REQUIRED_PAYLOAD.get(type);
        Object value = key == null || payload == null ? null : payload.get(key);
        if (key != null && (value == null || value.toString().isBlank())) {
            throw ProblemException.invalidField("payload." + key, "is required for " + type);
        }
    }
}
