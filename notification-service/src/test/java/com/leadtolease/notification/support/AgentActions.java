package com.leadtolease.notification.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.agent.AgentActionData;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.testing.KafkaTestClient;

import java.time.Instant;
import java.util.Map;

/** Agent actions as agent-service publishes them on agent.actions (binary CloudEvent, key = session id). */
public final class AgentActions {

    public static final Instant OCCURRED_AT = Instant.parse("2030-05-02T16:30:00Z");

    private AgentActions() {
    }

    public static AgentActionData action(String type, String sessionId, String propertyId, Map<String, String> details) {
        return new AgentActionData(TourEvents.newId(), type, sessionId, "lead-" + sessionId,
                new LeadContact("Ana Ruiz", "ana@example.com", "+17135550100"), propertyId, details, OCCURRED_AT);
    }

    public static String json(ObjectMapper mapper, AgentActionData action) {
        try {
            return mapper.writeValueAsString(action);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes the action under the given CloudEvent id and returns the JSON value sent. */
    public static String publish(ObjectMapper mapper, String eventId, AgentActionData action) {
        String json = json(mapper, action);
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.AGENT_ACTIONS, action.sessionId(), eventId,
                EventTypes.AGENT_ACTION, action.sessionId(), OCCURRED_AT, json);
        return json;
    }
}
