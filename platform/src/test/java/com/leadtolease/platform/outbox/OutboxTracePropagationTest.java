package com.leadtolease.platform.outbox;

import com.leadtolease.contracts.EventEnvelope;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An event keeps the trace it was written in through the outbox, and its Kafka record continues that trace. */
class OutboxTracePropagationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";
    private static final EventEnvelope<String> ENVELOPE = new EventEnvelope<>("e1", "TourScheduled.v1",
            "/booking-service", "t1", Instant.parse("2026-12-05T09:00:00Z"), "{\"tourId\":\"t1\"}");

    @Test
    void anEventWrittenInASpanStoresItsTraceparentAndKeepsItThroughMongo() {
        OutboxEvent written = writtenInSpan(Map.of("dead-letter-reason", "HTTP 500"));

        assertThat(written.headers).containsEntry(TraceHeaders.TRACEPARENT, "00-" + TRACE_ID + "-" + SPAN_ID + "-01")
                .containsEntry("dead-letter-reason", "HTTP 500");
        OutboxEvent readBack = OutboxEventDocuments.fromDocument(OutboxEventDocuments.toDocument(written));
        assertThat(readBack.headers).isEqualTo(written.headers);
    }

    @Test
    void anEventWrittenOutsideAnySpanStoresNoTraceHeader() {
        OutboxEvent written = OutboxEvent.of("bookings.events", ENVELOPE);

        assertThat(written.headers).isEmpty();
        assertThat(TopicEmitters.toMessage(written).getMetadata(TracingMetadata.class)).isEmpty();
    }

    @Test
    void theRecordContinuesTheStoredTraceAndCarriesNoStaleTraceparentOfItsOwn() {
        OutboxEvent stored = OutboxEventDocuments.fromDocument(OutboxEventDocuments.toDocument(
                writtenInSpan(Map.of("dead-letter-reason", "HTTP 500"))));

        // Published later, on the relay's thread, outside the span it was written in.
        Message<String> message = TopicEmitters.toMessage(stored);

        TracingMetadata tracing = message.getMetadata(TracingMetadata.class).orElseThrow();
        SpanContext parent = Span.fromContext(tracing.getCurrentContext()).getSpanContext();
        assertThat(parent.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(parent.getSpanId()).isEqualTo(SPAN_ID);
        assertThat(parent.isRemote()).isTrue();
        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<String> kafka = message.getMetadata(OutgoingKafkaRecordMetadata.class)
                .filter(m -> m.getHeaders() != null).orElseThrow();
        assertThat(kafka.getHeaders().lastHeader("dead-letter-reason")).isNotNull();
        // The connector's producer span writes the one traceparent header, a child of the stored context.
        assertThat(kafka.getHeaders().lastHeader(TraceHeaders.TRACEPARENT)).isNull();
    }

    private static OutboxEvent writtenInSpan(Map<String, String> headers) {
        Span span = Span.wrap(SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault()));
        try (Scope ignored = Context.root().with(span).makeCurrent()) {
            return OutboxEvent.of("bookings.events", ENVELOPE, headers);
        }
    }
}
