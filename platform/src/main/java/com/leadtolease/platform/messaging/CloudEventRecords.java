package com.leadtolease.platform.messaging;

import com.leadtolease.contracts.EventEnvelope;
import io.smallrye.reactive.messaging.ce.CloudEventMetadata;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** An {@link EventEnvelope} as a Kafka record (a binary-mode CloudEvent keyed by its subject), and back. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /** A Kafka message carrying the envelope as binary-mode CloudEvent, keyed by the subject. */
    public static <T> Message<T> toMessage(EventEnvelope<T> envelope) {
        OutgoingCloudEventMetadata<T> ce = OutgoingCloudEventMetadata.<T>builder()
                .withId(envelope.id())
                .withType(envelope.type())
                .withSource(URI.create(envelope.source()))
                .withSubject(envelope.subject())
                .withTimestamp(envelope.time().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(envelope.subject())
                .build();
        return Message.of(envelope.data(), Metadata.of(ce, kafka));
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
