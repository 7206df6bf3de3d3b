package com.leadtolease.platform.outbox;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class TopicEmittersTest {

    @Test
    void anEventForATopicWithoutAChannelCanNeverBeSent() {
        var sent = new TopicEmitters(Map.of()).send(event(Map.of())).toCompletableFuture();

        assertThat(sent).failsWithin(Duration.ofSeconds(1)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(UnsendableEvent.class).withMessageContaining("bookings.events.dlq");
    }

    @Test
    void aBrokerSizeRefusalCanNeverBeSentButABrokerOutageMayPass() {
        assertThat(UnsendableEvent.isCause(new IllegalStateException(new RecordTooLargeException("1.2 MB")))).isTrue();
        assertThat(UnsendableEvent.isCause(new IllegalStateException("broker not available"))).isFalse();
    }

    @Test
    void theMessageIsACloudEventKeyedByItsSubjectWithTheExtraHeaders() {
        Message<String> message = TopicEmitters.toMessage(event(Map.of("dead-letter-reason", "HTTP 500")));

        assertThat(message.getPayload()).isEqualTo("{\"tourId\":\"t1\"}");
        assertThat(message.getMetadata(OutgoingCloudEventMetadata.class)).get()
                .satisfies(ce -> assertThat(ce.getId()).isEqualTo("e1"));
        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<String> kafka = message.getMetadata(OutgoingKafkaRecordMetadata.class)
                .filter(m -> m.getHeaders() != null && m.getHeaders().lastHeader("dead-letter-reason") != null)
                .orElseThrow();
        assertThat(kafka.getKey()).isEqualTo("t1");
        assertThat(new String(kafka.getHeaders().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .isEqualTo("HTTP 500");
    }

    private static OutboxEvent event(Map<String, String> headers) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = "e1";
        event.topic = "bookings.events.dlq";
        event.type = "TourScheduled.v1";
        event.source = "/notification-service";
        event.subject = "t1";
        event.time = Instant.parse("2026-12-05T09:00:00Z");
        event.data = "{\"tourId\":\"t1\"}";
        event.headers = headers;
        return event;
    }
}
