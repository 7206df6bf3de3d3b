package com.leadtolease.platform.messaging;

import com.leadtolease.contracts.EventEnvelope;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The skeleton every event consumer shares: read the CloudEvent (a record without one is a bad message), skip the
 * types this consumer does not handle, handle the rest and acknowledge.
 * <p>
 * A transient failure ({@link TransientFailures}) is handled again in place, after a growing pause, until it passes:
 * the records behind it would fail the same way, and the offset stays uncommitted meanwhile. Any other failure marks
 * a bad message: it is nacked, so it lands on the channel's dead-letter topic. A record may therefore come twice;
 * handlers deduplicate on the event id.
 */
public final class EventConsumer {

    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    /** Waits before the next attempt; false when interrupted (the service is stopping). */
    interface Pause {
        boolean sleep(Duration duration);
    }

    private final Logger log;
    private final String what;
    private final Predicate<String> handledTypes;
    private final Pause pause;

    /**
     * @param log          the consumer's own logger, so its lines keep their category
     * @param what         what a record is, for the log ("Booking event")
     * @param handledTypes the CloudEvent types this consumer handles; others are acknowledged and skipped
     */
    public EventConsumer(Logger log, String what, Predicate<String> handledTypes) {
        this(log, what, handledTypes, EventConsumer::sleep);
    }

    /** For a consumer that reads its records itself and only needs {@link #settle}. */
    public EventConsumer(Logger log, String what) {
        this(log, what, type -> true);
    }

    EventConsumer(Logger log, String what, Predicate<String> handledTypes, Pause pause) {
        this.log = log;
        this.what = what;
        this.handledTypes = handledTypes;
        this.pause = pause;
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
     * while it fails transiently and nacks the record when it fails otherwise.
     */
    public CompletionStage<Void> settle(Message<?> message, Supplier<CompletionStage<Void>> handling) {
        Duration next = FIRST_PAUSE;
        while (true) {
            try {
                return handling.get();
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    log.warnf("%s rejected, sending it to the dead-letter topic: %s", what, e.getMessage());
                    return message.nack(e);
                }
                log.warnf("%s not handled yet, trying again in %d ms: %s", what, next.toMillis(), e);
                if (!pause.sleep(next)) {
                    // Stopping: neither ack nor nack, so the record is delivered again after the restart.
                    return new CompletableFuture<>();
                }
                next = next.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : next.multipliedBy(2);
            }
        }
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
