package com.leadtolease.embedding.domain;

import com.leadtolease.contracts.EventEnvelope;

import java.time.Instant;

/**
 * An event waiting on a manifest document to be relayed to {@code embeddings.events}. It is written in the same
 * atomic write that records the run's outcome and removed only after Kafka acknowledged it (at least once; the
 * CloudEvent id is stable, so consumers can deduplicate).
 */
public class OutboxMessage {
    /** Not named "id": the POJO codec would store that as _id. */
    public String entryId;
    public String eventId;
    public String type;
    public String source;
    public String subject;
    public Instant time;
    /** JSON value of the record. */
    public String data;

    public static OutboxMessage of(EventEnvelope<String> envelope) {
        OutboxMessage message = new OutboxMessage();
        message.entryId = envelope.id();
        message.eventId = envelope.id();
        message.type = envelope.type();
        message.source = envelope.source();
        message.subject = envelope.subject();
        message.time = envelope.time();
        message.data = envelope.data();
        return message;
    }

    public EventEnvelope<String> toEnvelope() {
        return new EventEnvelope<>(eventId, type, source, subject, time, data);
    }
}
