package com.leadtolease.agent.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.platform.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Event payloads as JSON text, and outbox entries carrying them under a fresh event id. */
@ApplicationScoped
public class OutboxEvents {

    /** The CloudEvent source of every event agent-service publishes. */
    public static final String SOURCE = "/agent-service";

    private final ObjectMapper json;

    OutboxEvents(ObjectMapper json) {
        this.json = json;
    }

    /** @param topic one of {@link com.leadtolease.contracts.Topics}: chat.outbound, agent.actions, leads.events */
    public OutboxEvent entry(String topic, String type, String subject, Instant time, Object data) {
        return OutboxEvent.of(topic, new EventEnvelope<>(UUID.randomUUID().toString(), type, SOURCE,
                subject, time, json(data)));
    }

    public String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
