package com.leadtolease.platform.messaging;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventConsumerTest {

    private static final Logger LOG = Logger.getLogger(EventConsumerTest.class);
    /** Jitter at its top: every pause is its full nominal length. */
    private static final DoubleSupplier NO_JITTER = () -> 0.999_999;

    private final List<Duration> pauses = new ArrayList<>();
    private final MovingClock clock = new MovingClock();
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

    /** Each pause moves the clock on by its length, as a real sleep would. */
    private EventConsumer consumer(Duration retryWindow, DoubleSupplier random) {
        return new EventConsumer(LOG, "Test event", type -> true, retryWindow, duration -> {
            pauses.add(duration);
            clock.advance(duration);
            return true;
        }, clock, random);
    }

    private EventConsumer consumer(Duration retryWindow) {
        return consumer(retryWindow, NO_JITTER);
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsDeadLettered() {
        consumer(Duration.ofMinutes(2)).consume(message, envelope -> {
            throw new AssertionError("not handled");
        });

        assertThat(nacked.get()).isInstanceOf(BadMessage.class).hasMessageContaining("no CloudEvent headers");
        assertThat(acks).hasValue(0);
    }

    @Test
    void aFailureThatWillComeBackIsDeadLetteredAtOnce() {
        consumer(Duration.ofHours(24)).settle(message, () -> {
            throw new IllegalArgumentException("not a tour");
        });

        assertThat(nacked.get()).hasMessage("not a tour");
        assertThat(pauses).isEmpty();
    }

    @Test
    void aTransientFailureIsRetriedWithGrowingPausesUntilItPasses() {
        AtomicInteger attempts = new AtomicInteger();
        consumer(Duration.ofHours(24)).settle(message, () -> {
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
    void pausesAreJitteredBetweenHalfAndAllOfTheirNominalLength() {
        AtomicInteger attempts = new AtomicInteger();
        consumer(Duration.ofHours(24), () -> 0.0).settle(message, () -> {
            if (attempts.incrementAndGet() < 4) {
                throw new IllegalStateException(new SocketTimeoutException());
            }
            return message.ack();
        });

        assertThat(pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(acks).hasValue(1);
    }

    @Test
    void aRecordStillFailingWhenItsRetryWindowRunsOutIsDeadLettered() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("write failed", new SocketTimeoutException());

        consumer(Duration.ofMinutes(2)).settle(message, () -> {
            attempts.incrementAndGet();
            throw failure;
        });

        assertThat(nacked.get()).isSameAs(failure);
        assertThat(acks).hasValue(0);
        // 0.5 + 1 + 2 + 4 + 8 + 16 + 30 + 30 = 91.5 s, then the 28.5 s left of the window, then it is spent.
        assertThat(pauses).hasSize(9).endsWith(Duration.ofMillis(28_500));
        assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMinutes(2));
        assertThat(attempts).hasValue(10);
    }

    @Test
    void aZeroRetryWindowDeadLettersTheFirstTransientFailure() {
        consumer(Duration.ZERO).settle(message, () -> {
            throw new IllegalStateException(new SocketTimeoutException());
        });

        assertThat(nacked.get()).isNotNull();
        assertThat(pauses).isEmpty();
    }

    @Test
    void theDefaultRetryWindowIsADay() {
        assertThat(new EventConsumer(LOG, "Test event").retryWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(new EventConsumer(LOG, "Test event", type -> true).retryWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(new EventConsumer(LOG, "Test event", Duration.ofMinutes(2)).retryWindow())
                .isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> new EventConsumer(LOG, "Test event", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stoppingWhileRetryingLeavesTheRecordForRedelivery() {
        EventConsumer stopping = new EventConsumer(LOG, "Test event", type -> true, Duration.ofHours(24),
                duration -> false, clock, NO_JITTER);

        var settled = stopping.settle(message, () -> {
            throw new IllegalStateException(new SocketTimeoutException());
        });

        assertThat(settled.toCompletableFuture()).isNotDone();
        assertThat(acks).hasValue(0);
        assertThat(nacked.get()).isNull();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void everyDeadLetterCountsForItsConsumerAndARetriedSuccessDoesNot() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            EventConsumer consumer = consumer(Duration.ofMinutes(2));
            consumer.settle(message, () -> {
                throw new IllegalArgumentException("not a tour");
            });
            AtomicInteger failures = new AtomicInteger();
            consumer.settle(message, () -> {
                if (failures.incrementAndGet() < 3) {
                    throw new IllegalStateException(new SocketTimeoutException("read timed out"));
                }
                return message.ack();
            });
            consumer(Duration.ZERO).settle(message, () -> {
                throw new IllegalStateException(new SocketTimeoutException("read timed out"));
            });

            assertThat(registry.get(EventConsumer.DEAD_LETTERS).tag("consumer", "Test event").counter().count())
                    .isEqualTo(2.0);
        } finally {
            Metrics.removeRegistry(registry);
        }
    }
}
