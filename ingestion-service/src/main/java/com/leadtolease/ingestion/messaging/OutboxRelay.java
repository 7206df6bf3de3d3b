package com.leadtolease.ingestion.messaging;

import com.leadtolease.contracts.Topics;
import com.leadtolease.ingestion.config.IngestionConfig;
import com.leadtolease.ingestion.domain.OutboxEntry;
import com.leadtolease.ingestion.repository.OutboxRepository;
import com.leadtolease.ingestion.repository.OutboxRepository.PendingEvents;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Publishes the {@code threads.ingested} events waiting in committed thread documents. Each run claims batches of
 * threads, sends a batch's events together and pulls each event only after Kafka acknowledged it, so nothing is lost if
 * the service stops in between; an event may then be published twice with the same CloudEvent id (consumers
 * deduplicate on it).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_BATCHES_PER_RUN = 100;

    private final OutboxRepository repository;
    private final MutinyEmitter<String> threadsIngested;
    private final IngestionConfig.Outbox config;

    public OutboxRelay(OutboxRepository repository, @Channel("threads-ingested") MutinyEmitter<String> threadsIngested,
                       IngestionConfig config) {
        this.repository = repository;
        this.threadsIngested = threadsIngested;
        this.config = config.outbox();
    }

    private record Sending(String threadId, OutboxEntry entry, CompletableFuture<Void> acknowledged) {
    }

    private volatile Instant idleUntil = Instant.MIN;
    private Duration idleBackoff = Duration.ZERO;

    /** Commits share the read lock; a relay run takes the write lock only when no commit runs or waits. */
    private final ReentrantReadWriteLock commitHold = new ReentrantReadWriteLock();

    /**
     * Runs a job's commit with the relay held (a run in progress stops after its current batch), then wakes it. On
     * the embedded dev store every claim scans the threads collection under its lock, and relaying while a large job
     * committed starved the commit (8.5 minutes for 145,000 threads); relayed a moment later, the events are the same.
     */
    public void commitHeld(Runnable commit) {
        commitHold.readLock().lock();
        try {
            commit.run();
        } finally {
            commitHold.readLock().unlock();
            idleUntil = Instant.MIN;
        }
    }

    /** The first run waits a moment, so it never races the wiring of the Kafka channel at startup. */
    @Scheduled(identity = "ingestion-outbox-relay", every = "${ingestion.outbox.relay-interval}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        if (Instant.now().isBefore(idleUntil) || !commitHold.writeLock().tryLock()) {
            return;
        }
        try {
            relayWhilePending();
        } finally {
            commitHold.writeLock().unlock();
        }
    }

    private void relayWhilePending() {
        Instant now = Instant.now();
        BatchResult first = relayBatch();
        if (first.claimed() == 0) {
            idleBackoff = idleBackoff.isZero() ? config.relayInterval()
                    : min(idleBackoff.multipliedBy(2), config.maxIdleBackoff());
            idleUntil = now.plus(idleBackoff);
            return;
        }
        idleBackoff = Duration.ZERO;
        boolean more = first.full();
        for (int batch = 1; more && batch < MAX_BATCHES_PER_RUN && !commitHold.hasQueuedThreads(); batch++) {
            more = relayBatch().full();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** @param full a whole batch was claimed and relayed, so more may be waiting */
    private record BatchResult(int claimed, boolean full) {
    }

    private BatchResult relayBatch() {
        Instant now = Instant.now();
        List<PendingEvents> claimed = repository.claimBatch(now, now.plus(config.claimTimeout()), config.batchSize());
        List<Sending> sending = new ArrayList<>();
        Set<String> relayed = new HashSet<>();
        try {
            for (PendingEvents pending : claimed) {
                for (OutboxEntry entry : pending.entries()) {
                    sending.add(new Sending(pending.threadId(), entry, send(entry)));
                }
            }
            for (Sending sent : sending) {
                if (acknowledged(sent)) {
                    relayed.add(sent.entry().entryId());
                }
            }
        } finally {
            repository.removeRelayedAndRelease(claimed, relayed);
        }
        return new BatchResult(claimed.size(), claimed.size() == config.batchSize() && relayed.size() == sending.size());
    }

    private CompletableFuture<Void> send(OutboxEntry entry) {
        if (!Topics.THREADS_INGESTED.equals(entry.topic())) {
            return CompletableFuture.failedFuture(new IllegalStateException("No channel publishes to " + entry.topic()));
        }
        return threadsIngested.sendMessage(entry.toEnvelope().toMessage()).subscribeAsCompletionStage();
    }

    private boolean acknowledged(Sending sent) {
        try {
            sent.acknowledged().get(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warnf("Event %s of thread %s not relayed yet (will retry): %s", sent.entry().eventId(),
                    sent.threadId(), Optional.ofNullable(e.getCause()).orElse(e).getMessage());
            return false;
        }
    }
}
