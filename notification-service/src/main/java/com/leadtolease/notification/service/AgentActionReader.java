package com.leadtolease.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.agent.AgentActionData;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the JSON value of an {@code agent.actions} record into {@link AgentActionData}. */
@ApplicationScoped
public class AgentActionReader {

    private final ObjectMapper mapper;

    public AgentActionReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws InvalidEventException when the value is not an action, or lacks its type or idempotency key */
    public AgentActionEvent read(EventEnvelope<String> envelope) {
        if (envelope.data() == null || envelope.data().isBlank()) {
            throw new InvalidEventException("event " + envelope.id() + " has an empty value");
        }
        AgentActionData action;
        try {
            action = mapper.readValue(envelope.data(), AgentActionData.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event " + envelope.id() + " is not an AgentActionData JSON value: "
                    + e.getOriginalMessage());
        }
        if (action == null || action.type() == null || action.type().isBlank()) {
            throw new InvalidEventException("event " + envelope.id() + " carries no action type");
        }
        if (action.idempotencyKey() == null || action.idempotencyKey().isBlank()) {
            throw new InvalidEventException("event " + envelope.id() + " carries no idempotencyKey");
        }
        return new AgentActionEvent(envelope, action);
    }
}
