package com.leadtolease.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the events waiting in document outboxes and removes each only after Kafka acknowledged it. A crash in
 * between publishes it again under the same CloudEvent id, which consumers deduplicate on.
 * <p>
 * Rounds run one at a time on the relay's own thread (the Quarkus scheduler does not go below one second), so one
 * aggregate's events leave in the order they were written. Two paths:
 * <ul>
 * <li>a <em>sweep</em> claims documents with waiting events, a batch at a time, from every store: at start (leftovers
 * of a crash), after a {@link #wakeUp()} (a write), after a failed send, and every {@code relay-every}, doubled after
 * each sweep that found nothing up to {@code max-idle-backoff};</li>
 * <li>a document just written may be {@link #handOver handed over}: its events are published from that copy, without
 * a query. Until a sweep has drained what a failure left, handed-over events wait for it, so nothing overtakes.</li>
 * </ul>
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_BATCHES_PER_SWEEP = 100;

    private record HandedOver(OutboxStore store, PendingDocument document) {
    }

    private final String name;
    private final OutboxConfig config;
    private final EventSender sender;
    private final List<OutboxStore> stores;
    private final RoundGate gate;
    private final RelayMeters meters;
    private final Queue<HandedOver> handedOver = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private final AtomicBoolean paused = new AtomicBoolean();
    /** Handed-over events wait while this is set: an older event may still be waiting in Mongo. */
    private volatile boolean sweepDue = true;
    private volatile long nextSweepNanos = System.nanoTime();
    private volatile Duration idleBackoff = Duration.ZERO;
    private volatile Duration retryBackoff = Duration.ZERO;
    /** Events the last sweep published: a document handed over while that sweep ran is not published twice. */
    private Set<String> sweptEventIds = Set.of();
    private ScheduledExecutorService worker;

    public OutboxRelay(String name, OutboxConfig config, EventSender sender, List<OutboxStore> stores, RoundGate gate,
                       MeterRegistry meters) {
        this.name = name;
        this.config = config;
        this.sender = sender;
        this.stores = List.copyOf(stores);
        this.gate = gate;
        this.meters = new RelayMeters(meters, name);
        paused.set(!config.relayEnabled());
    }

    /** The usual relay: one collection's outboxes (its index created), each topic sent through its emitter. */
    public static OutboxRelay of(String name, OutboxConfig config, MongoOutboxStore store,
                                 Map<String, MutinyEmitter<String>> emitters, MeterRegistry meters) {
        store.createIndex();
        return new OutboxRelay(name, config, new TopicEmitters(emitters), List.of(store), RoundGate.OPEN, meters);
    }

    /** Starts the timer. Call it once the messaging channels are wired (a StartupEvent observer). */
    public synchronized void start() {
        if (worker == null) {
            worker = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, name + "-outbox-relay"));
            long every = config.relayEvery().toMillis();
            worker.scheduleWithFixedDelay(this::tick, 0, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    /** A document with events was written: sweep soon. Calls while a round is queued collapse into it. */
    public void wakeUp() {
        sweepDue = true;
        idleBackoff = Duration.ZERO;
        nextSweepNanos = System.nanoTime();
        scheduleRound();
    }

    /** Publishes the events of a document just written from this copy of them (oldest first). */
    public void handOver(OutboxStore store, String documentId, List<OutboxEvent> events) {
        if (!events.isEmpty()) {
            handedOver.add(new HandedOver(store, new PendingDocument(documentId, List.copyOf(events))));
            scheduleRound();
        }
    }

    /** Stops publishing after the events in flight; events keep accumulating in the outboxes. */
    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
        wakeUp();
    }

    private void tick() {
        if (!handedOver.isEmpty() || sweepTime()) {
            scheduleRound();
        }
    }

    private boolean sweepTime() {
        return System.nanoTime() - nextSweepNanos >= 0;
    }

    private void scheduleRound() {
        ScheduledExecutorService executor = worker;
        if (executor != null && !paused.get() && roundQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                roundQueued.set(false);
                round();
            });
        }
    }

    /** One round, on the caller's thread (the relay's own, or a test's). @return how many events were published */
    public int round() {
        if (paused.get() || !gate.tryEnter()) {
            return 0;
        }
        try {
            if (sweepTime()) {
                return sweep();
            }
            if (sweepDue) {
                // Waiting out a retry back-off: what was handed over is in Mongo, the sweep publishes it in order.
                handedOver.clear();
                return 0;
            }
            return publishHandedOver();
        } catch (RuntimeException e) {
            // Mongo unavailable: everything is still in the outboxes; a later sweep retries.
            LOG.warnf("Outbox relay %s round stopped: %s", name, e.toString());
            sweepDue = true;
            retryLater();
            return 0;
        } finally {
            gate.exit();
        }
    }

    private int publishHandedOver() {
        Map<OutboxStore, List<HandedOver>> byStore = new LinkedHashMap<>();
        Map<OutboxStore, Publication> publications = new LinkedHashMap<>();
        for (HandedOver document; (document = handedOver.poll()) != null; ) {
            List<OutboxEvent> fresh = document.document().events().stream()
                    .filter(event -> !sweptEventIds.contains(event.eventId)).toList();
            Publication publication = publications.computeIfAbsent(document.store(),
                    store -> publication(store, new HeldBack()));
            byStore.computeIfAbsent(document.store(), store -> new ArrayList<>()).add(document);
            publication.sendOneByOne(new PendingDocument(document.document().id(), fresh));
            if (publication.stopped()) {
                // Everything handed over is also in Mongo: a sweep publishes the rest, in order.
                handedOver.clear();
                sweepDue = true;
                nextSweepNanos = System.nanoTime();
                break;
            }
        }
        int count = 0;
        for (Map.Entry<OutboxStore, Publication> entry : publications.entrySet()) {
            Set<String> published = entry.getValue().published();
            List<String> documentIds = byStore.get(entry.getKey()).stream().map(h -> h.document().id()).toList();
            try {
                entry.getKey().removePublished(documentIds, published);
            } catch (RuntimeException e) {
                // Published but still in the outboxes: a sweep sends them again, under the same event ids.
                LOG.warnf("Outbox relay %s could not remove %d published events: %s", name, published.size(), e);
                sweepDue = true;
                nextSweepNanos = System.nanoTime();
            }
            count += published.size();
        }
        return count;
    }

    private int sweep() {
        // Handed-over documents were written before they were handed over: this sweep's claims find them.
        handedOver.clear();
        sweepDue = true;
        Set<String> published = new HashSet<>();
        boolean more = false;
        boolean failed = false;
        for (OutboxStore store : stores) {
            // A failure holds back only its aggregate: the sweep goes on past it, and its later batches skip the
            // documents held back so they are not sent again before the retry back-off.
            HeldBack heldBack = new HeldBack();
            for (int batch = 0; batch < MAX_BATCHES_PER_SWEEP; batch++) {
                if (paused.get() || gate.shouldYield()) {
                    more = true;
                    break;
                }
                Claim claim = store.claim(config.batchSize(), heldBack.documents());
                if (claim.isEmpty()) {
                    break;
                }
                Publication publication = publication(store, heldBack);
                try {
                    publication.sendAll(claim.documents());
                } finally {
                    store.finish(claim, publication.published());
                }
                published.addAll(publication.published());
                failed = failed || publication.stopped();
                if (claim.documents().size() < config.batchSize()) {
                    break;
                }
                more = more || batch == MAX_BATCHES_PER_SWEEP - 1;
            }
        }
        sweptEventIds = published;
        if (failed) {
            retryLater();
        } else if (more) {
            wakeUp();
        } else {
            sweepDue = false;
            retryBackoff = Duration.ZERO;
            idleBackoff = doubled(idleBackoff, config.maxIdleBackoff());
            nextSweepNanos = System.nanoTime() + idleBackoff.toNanos();
        }
        return published.size();
    }

    /** After a failure the next sweep waits relay-every, then twice as long each time, up to max-retry-backoff. */
    private void retryLater() {
        retryBackoff = doubled(retryBackoff, config.maxRetryBackoff());
        nextSweepNanos = System.nanoTime() + retryBackoff.toNanos();
    }

    private Duration doubled(Duration last, Duration max) {
        return last.isZero() ? min(config.relayEvery(), max) : min(last.multipliedBy(2), max);
    }

    private Publication publication(OutboxStore store, HeldBack heldBack) {
        return new Publication(store, sender, config.sendTimeout(), config.maxAttempts(), meters, heldBack);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
