package com.leadtolease.platform.messaging;

import com.leadtolease.contracts.EventEnvelope;
import io.smallrye.reactive.messaging.ce.CloudEventMetadata;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.util.Optional;

/** Reads the {@link EventEnvelope} back from an incoming Kafka record (a binary-mode CloudEvent). */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /** Empty when the record carries no CloudEvent headers. */
    @SuppressWarnings("unchecked")
    public static <T> Optional<EventEnvelope<T>> envelope(Message<T> message) {
        return message.getMetadata(IncomingCloudEventMetadata.class)
                .map(ce -> fromCloudEvent((CloudEventMetadata<Object>) ce, message.getPayload()));
    }

    public static <T> EventEnvelope<T> requireEnvelope(Message<T> message) {
        return CloudEventRecords.<T>envelope(message).orElseThrow(() -> new BadMessage(
                "the record carries no CloudEvent headers (ce_specversion, ce_id, ce_type, ce_source)"));
    }

    private static <T> EventEnvelope<T> fromCloudEvent(CloudEventMetadata<Object> ce, T payload) {
        Instant time = ce.getTimeStamp().map(t -> t.toInstant()).orElse(Instant.now());
        String subject = ce.getSubject().orElse("");
        return new EventEnvelope<>(ce.getId(), ce.getType(), ce.getSource().toString(), subject, time, payload);
    }
}
