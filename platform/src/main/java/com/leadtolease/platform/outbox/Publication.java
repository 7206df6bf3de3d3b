package com.leadtolease.platform.outbox;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends events and sorts out what the broker did with each of them, on its own: what may be removed (acknowledged),
 * what must be parked (can never be sent, or failed {@code max-attempts} times), and what waits for a later round.
 * A failure that may pass holds back only the later events of the same aggregate (subject, the record key), so
 * none of them overtakes it; every other aggregate's events are published.
 */
final class Publication {

    private static final Logger LOG = Logger.getLogger(Publication.class);

    private record Sent(PendingDocument document, OutboxEvent event, CompletionStage<Void> acknowledged) {
    }

    private final OutboxStore store;
    private final EventSender sender;
    private final Duration sendTimeout;
    private final int maxAttempts;
    private final RelayMeters meters;
    private final HeldBack heldBack;
    private final Set<String> published = new LinkedHashSet<>();

    /** @param heldBack what earlier batches of the same round held back, shared with this one */
    Publication(OutboxStore store, EventSender sender, Duration sendTimeout, int maxAttempts, RelayMeters meters,
                HeldBack heldBack) {
        this.store = store;
        this.sender = sender;
        this.sendTimeout = sendTimeout;
        this.maxAttempts = maxAttempts;
        this.meters = meters;
        this.heldBack = heldBack;
    }

    /**
     * Sends every event first, then settles each acknowledgement in order: one round trip per batch, not per event,
     * and one send timeout for the whole batch.
     */
    void sendAll(List<PendingDocument> documents) {
        List<Sent> sent = new ArrayList<>();
        for (PendingDocument document : documents) {
            for (OutboxEvent event : document.events()) {
                if (!heldBack.holds(document.id(), event.subject)) {
                    sent.add(new Sent(document, event, sendGuarded(event)));
                }
            }
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        sent.forEach(s -> settle(s.document(), s.event(), await(s.acknowledged(), deadline)));
    }

    /** Sends one event and waits for its acknowledgement before the next: the path of a document just written. */
    void sendOneByOne(PendingDocument document) {
        for (OutboxEvent event : document.events()) {
            if (stopped()) {
                return;
            }
            settle(document, event, await(sendGuarded(event), System.nanoTime() + sendTimeout.toNanos()));
        }
    }

    Set<String> published() {
        return published;
    }

    /** True once a send failed for a reason that may pass: that aggregate's later events wait for a later round. */
    boolean stopped() {
        return !heldBack.isEmpty();
    }

    private CompletionStage<Void> sendGuarded(OutboxEvent event) {
        try {
            return sender.send(event);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void settle(PendingDocument document, OutboxEvent event, Throwable failure) {
        if (heldBack.holds(document.id(), event.subject)) {
            // An earlier event of this aggregate is still waiting: this one is sent again after it, same event id.
            return;
        }
        if (failure == null) {
            published.add(event.eventId);
            meters.published();
        } else if (UnsendableEvent.isCause(failure)) {
            LOG.errorf("Event %s (%s, topic %s) can never be sent and is parked: %s", event.eventId, event.type,
                    event.topic, failure.toString());
            park(document, event, failure.toString());
        } else if (event.attempts + 1 >= maxAttempts) {
            event.attempts++;
            LOG.errorf("Event %s (%s, topic %s) failed %d sends and is parked: %s", event.eventId, event.type,
                    event.topic, event.attempts, failure.toString());
            meters.failed();
            park(document, event, "gave up after " + event.attempts + " failed sends, the last: " + failure);
        } else {
            heldBack.hold(document.id(), event.subject);
            meters.failed();
            LOG.warnf("Event %s (topic %s) not sent yet, will retry: %s", event.eventId, event.topic, failure.toString());
            store.recordFailedAttempt(document.id(), event.eventId);
        }
    }

    private void park(PendingDocument document, OutboxEvent event, String reason) {
        store.park(document.id(), event, reason);
        meters.parked();
    }

    private static Throwable await(CompletionStage<Void> acknowledged, long deadlineNanos) {
        try {
            long remaining = Math.max(0, deadlineNanos - System.nanoTime());
            acknowledged.toCompletableFuture().get(remaining, TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }
}
