package com.leadtolease.platform.outbox;

import com.leadtolease.platform.messaging.CloudEventRecords;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Sends each event through the emitter of its topic, as a binary-mode CloudEvent keyed by its subject. The trace
 * context stored with the event becomes the message's tracing metadata: the connector's producer span is its child
 * and writes its own {@code traceparent} header.
 */
public final class TopicEmitters implements EventSender {

    private final Map<String, MutinyEmitter<String>> byTopic;

    public TopicEmitters(Map<String, MutinyEmitter<String>> byTopic) {
        this.byTopic = Map.copyOf(byTopic);
    }

    @Override
    public CompletionStage<Void> send(OutboxEvent event) {
        MutinyEmitter<String> emitter = byTopic.get(event.topic);
        if (emitter == null) {
            return CompletableFuture.failedFuture(
                    new UnsendableEvent("No channel publishes to topic " + event.topic + " (event " + event.eventId + ")"));
        }
        return emitter.sendMessage(toMessage(event)).subscribeAsCompletionStage();
    }

    static Message<String> toMessage(OutboxEvent event) {
        Message<String> message = CloudEventRecords.toMessage(event.envelope());
        Optional<Context> trace = TraceHeaders.context(event.headers);
        if (trace.isPresent()) {
            message = message.addMetadata(TracingMetadata.withCurrent(trace.get()));
        }
        Map<String, String> extra = event.headers == null ? Map.of() : event.headers;
        if (extra.keySet().stream().allMatch(TraceHeaders::isTraceHeader)) {
            return message;
        }
        RecordHeaders headers = new RecordHeaders();
        extra.forEach((name, value) -> {
            if (!TraceHeaders.isTraceHeader(name)) {
                headers.add(name, value.getBytes(StandardCharsets.UTF_8));
            }
        });
        return message.addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.subject)
                .withHeaders(headers)
                .build());
    }
}
