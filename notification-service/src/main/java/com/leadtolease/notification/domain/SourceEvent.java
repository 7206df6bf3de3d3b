package com.leadtolease.notification.domain;

import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.Topics;

import java.time.Instant;

/**
 * The event (booking event or agent action) a delivery came from, kept verbatim on the delivery document: retries render from it,
 * and after the last failure it is what goes to the dead-letter topic, so operators can replay it.
 */
public class SourceEvent {
    /** The CloudEvent id (not named "id": the POJO codec would store that as _id). */
    public String eventId;
    public String type;
    public String source;
    public String subject;
    public Instant time;
    /** The original Kafka record value (JSON text), byte for byte. */
    public String data;
    /** The topic it was read from; its dead letter goes to {@code <topic>.dlq}. Absent on older documents. */
    public String topic;

    public static SourceEvent of(EventEnvelope<String> envelope, String topic) {
        SourceEvent event = new SourceEvent();
        event.topic = topic;
        event.eventId = envelope.id();
        event.type = envelope.type();
        event.source = envelope.source();
        event.subject = envelope.subject();
        event.time = envelope.time();
        event.data = envelope.data();
        return event;
    }

    /** Deliveries recorded before agent actions were forwarded all came from {@code bookings.events}. */
    public String topicOrDefault() {
        return topic == null || topic.isBlank() ? Topics.BOOKINGS_EVENTS : topic;
    }

    public EventEnvelope<String> toEnvelope() {
        return new EventEnvelope<>(eventId, type, source, subject, time, data);
    }
}
