package com.leadtolease.notification.domain;

import com.leadtolease.contracts.EventEnvelope;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event waiting on a delivery document to be relayed to Kafka. It is appended in the same atomic update that
 * changes the delivery's status, and removed only after Kafka acknowledged it, so a committed outcome always
 * yields its event (at least once; the CloudEvent id is stable, so consumers can deduplicate).
 */
public class OutboxMessage {
    /** Outbox entry id (not named "id": the POJO codec would store that as _id). */
    public String entryId;
    /** {@code notifications.events}, {@code bookings.events.dlq} or {@code agent.actions.dlq}. */
    public String topic;
    public String eventId;
    public String type;
    public String source;
    public String subject;
    public Instant time;
    /** JSON value of the record. */
    public String data;
    /** Extra Kafka headers (e.g. the dead-letter reason). */
    public Map<String, String> headers = new LinkedHashMap<>();

    public static OutboxMessage of(String entryId, String topic, EventEnvelope<String> envelope, Map<String, String> headers) {
        OutboxMessage message = new OutboxMessage();
        message.entryId = entryId;
        message.topic = topic;
        message.eventId = envelope.id();
        message.type = envelope.type();
        message.source = envelope.source();
        message.subject = envelope.subject();
        message.time = envelope.time();
        message.data = envelope.data();
        message.headers = new LinkedHashMap<>(headers);
        return message;
    }

    public EventEnvelope<String> toEnvelope() {
        return new EventEnvelope<>(eventId, type, source, subject, time, data);
    }
}
