package com.leadtolease.ingestion.messaging;

import com.leadtolease.contracts.Topics;
import com.leadtolease.ingestion.config.IngestionConfig;
import com.leadtolease.ingestion.repository.IngestionDatabase;
import com.leadtolease.ingestion.repository.ThreadStore;
import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.leadtolease.platform.outbox.OutboxRelay;
import com.leadtolease.platform.outbox.RoundGate;
import com.leadtolease.platform.outbox.TopicEmitters;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * The relay of {@code threads.ingested} from the outboxes of committed thread documents, held back while a job
 * commits. This hold stays here, not in the platform: on the embedded dev store every claim scans the threads
 * collection under its lock, and relaying while a large job committed starved the commit (8.5 minutes for 145,000
 * threads); relayed a moment later, the events are the same.
 */
@ApplicationScoped
public class ThreadEventRelay implements RoundGate {

    /** Commits share the read lock; a relay round takes the write lock only when no commit runs or waits. */
    private final ReentrantReadWriteLock commitHold = new ReentrantReadWriteLock();
    private final OutboxRelay relay;

    ThreadEventRelay(@Channel("threads-ingested") MutinyEmitter<String> threadsIngested, IngestionDatabase db,
                     IngestionConfig config, Clock clock, MeterRegistry meters) {
        MongoOutboxStore store = MongoOutboxStore.of(db.threads(), config.outbox().claimLease(), clock)
                .onlyWhere(ThreadStore.committed());
        store.createIndex();
        relay = new OutboxRelay("ingestion", config.outbox(),
                new TopicEmitters(Map.of(Topics.THREADS_INGESTED, threadsIngested)), List.of(store), this, meters);
    }

    @Produces
    @Singleton
    OutboxRelay threadEvents() {
        return relay;
    }

    /** Runs a job's commit with the relay held (a round in progress stops after its current batch), then wakes it. */
    public void commitHeld(Runnable commit) {
        commitHold.readLock().lock();
        try {
            commit.run();
        } finally {
            commitHold.readLock().unlock();
            relay.wakeUp();
        }
    }

    @Override
    public boolean tryEnter() {
        return commitHold.writeLock().tryLock();
    }

    @Override
    public void exit() {
        commitHold.writeLock().unlock();
    }

    @Override
    public boolean shouldYield() {
        return commitHold.hasQueuedThreads();
    }
}
