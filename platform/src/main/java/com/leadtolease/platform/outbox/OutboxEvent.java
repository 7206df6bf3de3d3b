package com.leadtolease.platform.outbox;

import com.leadtolease.contracts.EventEnvelope;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event waiting in a document's {@code outbox} array, written in the same single-document update as the change it
 * describes and removed only after Kafka acknowledged it. {@code data} is the JSON text of the event record, so what
 * is published is exactly what was committed. Public fields: every service stores it through its POJO codec, and
 * {@link MongoOutboxStore} reads it back by these names.
 */
public class OutboxEvent {
    public String eventId;
    /** The Kafka topic, e.g. {@code bookings.events}. */
    public String topic;
    public String type;
    public String source;
    /** The aggregate id, also the record key. */
    public String subject;
    public Instant time;
    public String data;
    /**
     * Extra Kafka headers beside the CloudEvent ones (e.g. a dead letter's reason), and the trace context the event
     * was written in ({@link TraceHeaders}): the published record continues that trace.
     */
    public Map<String, String> headers = new LinkedHashMap<>();
    /** Sends that failed for a reason that may pass (the broker down); informational. */
    public int attempts;

    public static OutboxEvent of(String topic, EventEnvelope<String> envelope) {
        return of(topic, envelope, Map.of());
    }

    public static OutboxEvent of(String topic, EventEnvelope<String> envelope, Map<String, String> headers) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = envelope.id();
        event.topic = topic;
        event.type = envelope.type();
        event.source = envelope.source();
        event.subject = envelope.subject();
        event.time = envelope.time();
        event.data = envelope.data();
        event.headers = new LinkedHashMap<>(TraceHeaders.current());
        event.headers.putAll(headers);
        return event;
    }

    public EventEnvelope<String> envelope() {
        return new EventEnvelope<>(eventId, type, source, subject, time, data);
    }
}
