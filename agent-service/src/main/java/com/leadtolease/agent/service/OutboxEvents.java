package com.leadtolease.agent.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.agent.domain.OutboxChannels;
import com.leadtolease.agent.domain.OutboxEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Event payloads as JSON text, and outbox entries carrying them under a fresh event id. */
@ApplicationScoped
public class OutboxEvents {

    private final ObjectMapper json;

    OutboxEvents(ObjectMapper json) {
        this.json = json;
    }

    /** @param channel one of the {@link OutboxChannels} */
    public OutboxEntry entry(String channel, String type, String subject, Instant time, Object data) {
        return OutboxEntry.of(UUID.randomUUID().toString(), channel, type, subject, time, json(data));
    }

    public String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
