package com.leadtolease.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every event travels in. On Kafka it is a CloudEvent in binary mode (written and read by
 * platform's {@code CloudEventRecords}): the envelope
 * attributes become {@code ce_*} headers, {@code data} is the JSON record value and {@code subject}
 * (the aggregate id) is also the record key, so one aggregate's events stay in order.
 *
 * @param id      unique event id; consumers deduplicate on it
 * @param type    versioned type from {@link EventTypes}
 * @param source  the producing service, e.g. {@code /booking-service}
 * @param subject the aggregate id (tour id, session id, ...)
 * @param time    when the change happened
 * @param data    the payload
 */
public record EventEnvelope<T>(String id, String type, String source, String subject, Instant time, T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
    }

    public static <T> EventEnvelope<T> create(String type, String source, String subject, T data) {
        return new EventEnvelope<>(UUID.randomUUID().toString(), type, source, subject, Instant.now(), data);
    }

    /** Same attributes, another payload representation (e.g. the JSON text kept in an outbox). */
    public <R> EventEnvelope<R> withData(R newData) {
        return new EventEnvelope<>(id, type, source, subject, time, newData);
    }
}
