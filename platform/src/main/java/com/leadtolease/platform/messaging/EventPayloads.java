package com.leadtolease.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;

/** Reads a CloudEvent's JSON data into its contracts record; an unreadable value is a {@link BadMessage}. */
public final class EventPayloads {

    private EventPayloads() {
    }

    /** The record, or a BadMessage naming the event id only (a value may hold personal data; it is never quoted). */
    public static <T> T read(ObjectMapper json, EventEnvelope<String> envelope, Class<T> type) {
        try {
            T value = envelope.data() == null ? null : json.readValue(envelope.data(), type);
            if (value == null) {
                throw new BadMessage(type.getSimpleName() + " " + envelope.id() + " has no value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new BadMessage(type.getSimpleName() + " " + envelope.id() + " is not readable JSON or misses a required field");
        }
    }
}
