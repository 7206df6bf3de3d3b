package com.leadtolease.gateway.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.chat.ChatActions;
import com.leadtolease.contracts.chat.ChatInboundData;
import com.leadtolease.contracts.problem.ProblemException;

import java.util.Map;
import java.util.Set;

/**
 * Checks a chat turn (WebSocket frame or REST body) before it goes to Kafka, with the agent's own rules, so a bad
 * turn is refused at once with a 400 instead of travelling to the agent.
 */
public final class ChatInput {

    private static final Set<String> CHANNELS = Set.of("web", "sms", "crm");
    private static final int MAX_ID = 128;
    private static final int MAX_TEXT = 2000;
    private static final int MAX_PROPERTY_ID = 100;
    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() {
    };

    private ChatInput() {
    }

    public static ChatInboundData start(String sessionId, String messageId, JsonNode body) {
        String propertyId = optional(body, "propertyId", MAX_PROPERTY_ID);
        String leadId = optional(body, "leadId", MAX_ID);
        String channel = optional(body, "channel", 10);
        if (channel != null && !CHANNELS.contains(channel)) {
            throw ProblemException.invalidField("channel", "must be web, sms or crm");
        }
        return new ChatInboundData(sessionId, messageId, ChatInboundData.KIND_START, null, null, null,
                channel == null ? "web" : channel, propertyId, leadId);
    }

    public static ChatInboundData message(String sessionId, String messageId, JsonNode body) {
        String text = required(body, "text", MAX_TEXT);
        return new ChatInboundData(sessionId, messageId, ChatInboundData.KIND_MESSAGE, text, null, null, "web",
                null, null);
    }

    /** @param typeField "actionType" in a WebSocket frame, "type" in the REST body */
    public static ChatInboundData action(String sessionId, String messageId, JsonNode body, String typeField,
                                         ObjectMapper json) {
        String type = required(body, typeField, 32);
        JsonNode payloadNode = body.get("payload");
        if (payloadNode != null && !payloadNode.isNull() && !payloadNode.isObject()) {
            throw ProblemException.invalidField("payload", "must be an object");
        }
        Map<String, Object> payload = payloadNode == null || payloadNode.isNull() ? Map.of()
                : json.convertValue(payloadNode, PAYLOAD);
        ChatActions.check(typeField, type, payload);
        return new ChatInboundData(sessionId, messageId, ChatInboundData.KIND_ACTION, null, type, payload, "web",
                null, null);
    }

    public static String id(JsonNode body, String field) {
        return required(body, field, MAX_ID);
    }

    public static String optional(JsonNode body, String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        if (!value.isTextual()) {
            throw ProblemException.invalidField(field, "must be a string");
        }
        String text = value.asText().trim();
        if (text.length() > maxLength) {
            throw ProblemException.invalidField(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    private static String required(JsonNode body, String field, int maxLength) {
        String value = optional(body, field, maxLength);
        if (value == null) {
            throw ProblemException.invalidField(field, "is required");
        }
        return value;
    }
}
