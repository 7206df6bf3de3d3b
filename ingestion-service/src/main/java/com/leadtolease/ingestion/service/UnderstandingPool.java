package com.leadtolease.ingestion.service;

import com.leadtolease.ingestion.config.IngestionConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that read messages (text understanding is the CPU-heavy part of a job), so one job uses every core.
 * Sized by {@code ingestion.jobs.understanding-threads}; 0 means one per available processor.
 */
@ApplicationScoped
public class UnderstandingPool {

    private final ExecutorService pool;

    public UnderstandingPool(IngestionConfig config) {
        int size = config.jobs().understandingThreads() > 0 ? config.jobs().understandingThreads()
                : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(size, task -> {
            Thread thread = new Thread(task, "ingestion-understanding-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        pool.shutdownNow();
    }
}
