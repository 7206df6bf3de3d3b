package com.leadtolease.platform.messaging;

import com.leadtolease.contracts.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The skeleton every event consumer shares: read the CloudEvent (a record without one is a bad message), skip the
 * types this consumer does not handle, handle the rest and acknowledge.
 * <p>
 * A transient failure ({@link TransientFailures}) is handled again in place, after a growing, jittered pause, until it
 * passes or the consumer's retry window is spent: the records behind it would fail the same way, and the offset stays
 * uncommitted meanwhile. A record still failing when the window runs out is nacked, like any other failure (a bad
 * message): it lands on the channel's dead-letter topic, from where it can be redriven once the cause is fixed. A
 * record may therefore come twice; handlers deduplicate on the event id.
 * <p>
 * The channel must not fail a record held this long: its {@code throttled.unprocessed-record-max-age.ms} is 0.
 * <p>
 * Every record this skeleton sends to the dead-letter topic counts in {@code consumer.dead.letters} (tag
 * {@code consumer}: what a record is), in the global Micrometer registry Quarkus exports at {@code /q/metrics}.
 */
public final class EventConsumer {

    /** The retry window of a consumer that names none. */
    public static final Duration DEFAULT_RETRY_WINDOW = Duration.ofHours(24);
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    /** Records sent to the dead-letter topic, per consumer. */
    public static final String DEAD_LETTERS = "consumer.dead.letters";

    /** Waits before the next attempt; false when interrupted (the service is stopping). */
    interface Pause {
        boolean sleep(Duration duration);
    }

    private final Logger log;
    private final String what;
    private final Predicate<String> handledTypes;
    private final Duration retryWindow;
    private final Pause pause;
    private final Clock clock;
    private final DoubleSupplier random;
    private final Counter deadLetters;

    /**
     * @param log          the consumer's own logger, so its lines keep their category
     * @param what         what a record is, for the log ("Booking event")
     * @param handledTypes the CloudEvent types this consumer handles; others are acknowledged and skipped
     * @param retryWindow  how long a transiently failing record is retried before it is dead-lettered
     */
    public EventConsumer(Logger log, String what, Predicate<String> handledTypes, Duration retryWindow) {
        this(log, what, handledTypes, retryWindow, EventConsumer::sleep, Clock.systemUTC(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** With the {@link #DEFAULT_RETRY_WINDOW default retry window}. */
    public EventConsumer(Logger log, String what, Predicate<String> handledTypes) {
        this(log, what, handledTypes, DEFAULT_RETRY_WINDOW);
    }

    /** For a consumer that reads its records itself and only needs {@link #settle}. */
    public EventConsumer(Logger log, String what, Duration retryWindow) {
        this(log, what, type -> true, retryWindow);
    }

    /** For a consumer that reads its records itself, with the {@link #DEFAULT_RETRY_WINDOW default retry window}. */
    public EventConsumer(Logger log, String what) {
        this(log, what, DEFAULT_RETRY_WINDOW);
    }

    /** @param random a number in [0, 1) per pause, for its jitter */
    EventConsumer(Logger log, String what, Predicate<String> handledTypes, Duration retryWindow, Pause pause,
                  Clock clock, DoubleSupplier random) {
        if (retryWindow.isNegative()) {
            throw new IllegalArgumentException("The retry window of " + what + " is negative: " + retryWindow);
        }
        this.log = log;
        this.what = what;
        this.handledTypes = handledTypes;
        this.retryWindow = retryWindow;
        this.pause = pause;
        this.clock = clock;
        this.random = random;
        this.deadLetters = Metrics.globalRegistry.counter(DEAD_LETTERS, "consumer", what);
    }

    public Duration retryWindow() {
        return retryWindow;
    }

    public CompletionStage<Void> consume(Message<String> message, Consumer<EventEnvelope<String>> handler) {
        return settle(message, () -> {
            EventEnvelope<String> envelope = CloudEventRecords.requireEnvelope(message);
            if (!handledTypes.test(envelope.type())) {
                log.debugf("Ignoring event %s of type %s", envelope.id(), envelope.type());
            } else {
                handler.accept(envelope);
            }
            return message.ack();
        });
    }

    /**
     * Runs {@code handling}, which answers how the record is settled (usually {@code message.ack()}); retries it
     * while it fails transiently within the retry window and nacks the record when it fails otherwise or for longer.
     */
    public CompletionStage<Void> settle(Message<?> message, Supplier<CompletionStage<Void>> handling) {
        Instant giveUpAt = clock.instant().plus(retryWindow);
        Duration nominal = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                return handling.get();
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    log.warnf("%s rejected, sending it to the dead-letter topic: %s", what, e.getMessage());
                    return deadLetter(message, e);
                }
                Duration left = Duration.between(clock.instant(), giveUpAt);
                if (left.isNegative() || left.isZero()) {
                    // Class names only: the failure's message may quote the record.
                    log.errorf("%s still failing after %d attempts: its retry window of %s ran out, sending it to "
                            + "the dead-letter topic (last failure: %s)", what, attempt, retryWindow, causes(e));
                    return deadLetter(message, e);
                }
                Duration next = min(jittered(nominal), left);
                log.warnf("%s not handled yet, trying again in %d ms: %s", what, next.toMillis(), e);
                if (!pause.sleep(next)) {
                    // Stopping: neither ack nor nack, so the record is delivered again after the restart.
                    return new CompletableFuture<>();
                }
                nominal = min(nominal.multipliedBy(2), LONGEST_PAUSE);
            }
        }
    }

    private CompletionStage<Void> deadLetter(Message<?> message, RuntimeException failure) {
        deadLetters.increment();
        return message.nack(failure);
    }

    /** "Equal jitter": half the pause is fixed, the other half random, so instances retrying together spread out. */
    private Duration jittered(Duration nominal) {
        long half = nominal.toMillis() / 2;
        return Duration.ofMillis(half + Math.round(random.getAsDouble() * (nominal.toMillis() - half)));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String causes(Throwable failure) {
        StringBuilder names = new StringBuilder(failure.getClass().getName());
        for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            names.append(" <- ").append(t.getClass().getName());
        }
        return names.toString();
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
