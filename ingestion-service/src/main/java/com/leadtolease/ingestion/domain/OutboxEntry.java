package com.leadtolease.ingestion.domain;

import com.leadtolease.contracts.EventEnvelope;
import java.time.Instant;

/**
 * An event waiting on a thread document to be relayed to Kafka. It is written in the same single-document insert
 * as the thread, relayed only once the thread is committed, and removed only after Kafka acknowledged it.
 *
 * @param data JSON value of the record
 */
public record OutboxEntry(String entryId, String topic, String eventId, String type, String source, String subject,
                          Instant time, String data) {

    public static OutboxEntry of(String topic, EventEnvelope<String> envelope) {
        return new OutboxEntry(envelope.id(), topic, envelope.id(), envelope.type(), envelope.source(),
                envelope.subject(), envelope.time(), envelope.data());
    }

    public EventEnvelope<String> toEnvelope() {
        return new EventEnvelope<>(eventId, type, source, subject, time, data);
    }
}
