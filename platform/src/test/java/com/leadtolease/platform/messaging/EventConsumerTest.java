package com.leadtolease.platform.messaging;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class EventConsumerTest {

    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicInteger acks = new AtomicInteger();
    private final AtomicReference<Throwable> nacked = new AtomicReference<>();
    private final Message<String> message = Message.of("{}")
            .withAck(() -> {
                acks.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            })
            .withNack(reason -> {
                nacked.set(reason);
                return CompletableFuture.completedFuture(null);
            });

    private EventConsumer consumer() {
        return new EventConsumer(Logger.getLogger(EventConsumerTest.class), "Test event", type -> true,
                duration -> pauses.add(duration));
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsDeadLettered() {
        consumer().consume(message, envelope -> {
            throw new AssertionError("not handled");
        });

        assertThat(nacked.get()).isInstanceOf(BadMessage.class).hasMessageContaining("no CloudEvent headers");
        assertThat(acks).hasValue(0);
    }

    @Test
    void aFailureThatWillComeBackIsDeadLetteredAtOnce() {
        consumer().settle(message, () -> {
            throw new IllegalArgumentException("not a tour");
        });

        assertThat(nacked.get()).hasMessage("not a tour");
        assertThat(pauses).isEmpty();
    }

    @Test
    void aTransientFailureIsRetriedWithGrowingPausesUntilItPasses() {
        AtomicInteger attempts = new AtomicInteger();
        consumer().settle(message, () -> {
            if (attempts.incrementAndGet() < 9) {
                throw new IllegalStateException("write failed", new SocketTimeoutException("read timed out"));
            }
            return message.ack();
        });

        assertThat(acks).hasValue(1);
        assertThat(nacked.get()).isNull();
        assertThat(pauses).startsWith(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2))
                .hasSize(8).endsWith(EventConsumer.LONGEST_PAUSE, EventConsumer.LONGEST_PAUSE);
    }

    @Test
    void stoppingWhileRetryingLeavesTheRecordForRedelivery() {
        EventConsumer stopping = new EventConsumer(Logger.getLogger(EventConsumerTest.class), "Test event",
                type -> true, duration -> false);

        var settled = stopping.settle(message, () -> {
            throw new IllegalStateException(new SocketTimeoutException());
        });

        assertThat(settled.toCompletableFuture()).isNotDone();
        assertThat(acks).hasValue(0);
        assertThat(nacked.get()).isNull();
    }
}
