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
 * Sends events in order and sorts out what the broker did with them: what may be removed (acknowledged, in order up
 * to the first failure that may pass), what must be parked (can never be sent), and whether a failure stopped it.
 * After a failure that may pass nothing later counts as published, so no event overtakes one still waiting.
 */
final class Publication {

    private static final Logger LOG = Logger.getLogger(Publication.class);

    private record Sent(PendingDocument document, OutboxEvent event, CompletionStage<Void> acknowledged) {
    }

    private final OutboxStore store;
    private final EventSender sender;
    private final Duration sendTimeout;
    private final RelayMeters meters;
    private final Set<String> published = new LinkedHashSet<>();
    private boolean stopped;

    Publication(OutboxStore store, EventSender sender, Duration sendTimeout, RelayMeters meters) {
        this.store = store;
        this.sender = sender;
        this.sendTimeout = sendTimeout;
        this.meters = meters;
    }

    /** Sends every event first, then waits for each acknowledgement in order: one round trip per batch, not per event. */
    void sendAll(List<PendingDocument> documents) {
        List<Sent> sent = new ArrayList<>();
        for (PendingDocument document : documents) {
            for (OutboxEvent event : document.events()) {
                sent.add(new Sent(document, event, sendGuarded(event)));
            }
        }
        sent.forEach(s -> settle(s.document(), s.event(), s.acknowledged()));
    }

    /** Sends one event and waits for its acknowledgement before the next: the path of a document just written. */
    void sendOneByOne(PendingDocument document) {
        for (OutboxEvent event : document.events()) {
            if (stopped) {
                return;
            }
            settle(document, event, sendGuarded(event));
        }
    }

    Set<String> published() {
        return published;
    }

    /** True once a send failed for a reason that may pass: the rest waits for a later round. */
    boolean stopped() {
        return stopped;
    }

    private CompletionStage<Void> sendGuarded(OutboxEvent event) {
        try {
            return sender.send(event);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void settle(PendingDocument document, OutboxEvent event, CompletionStage<Void> acknowledged) {
        Throwable failure = await(acknowledged);
        if (failure == null) {
            if (!stopped) {
                published.add(event.eventId);
                meters.published();
            }
        } else if (UnsendableEvent.isCause(failure)) {
            LOG.errorf("Event %s (%s, topic %s) can never be sent and is parked: %s", event.eventId, event.type,
                    event.topic, failure.toString());
            store.park(document.id(), event, failure.toString());
            meters.parked();
        } else if (!stopped) {
            stopped = true;
            meters.failed();
            LOG.warnf("Event %s (topic %s) not sent yet, will retry: %s", event.eventId, event.topic, failure.toString());
            store.recordFailedAttempt(document.id(), event.eventId);
        }
    }

    private Throwable await(CompletionStage<Void> acknowledged) {
        try {
            acknowledged.toCompletableFuture().get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
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
