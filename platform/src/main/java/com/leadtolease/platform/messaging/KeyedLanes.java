package com.leadtolease.platform.messaging;

import io.opentelemetry.context.Context;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Key-ordered concurrency: works submitted under the same key run one after another in submission order (the next
 * starts once the previous one's stage has completed), works of different keys run at the same time on a pool of
 * {@code concurrency} threads. At most {@code maxInFlight} works are submitted but unfinished; {@link #submit} waits
 * for room beyond that, which slows down whoever feeds the lanes (a Kafka consumer stops polling).
 * <p>
 * A work runs in the trace context it was submitted in (the record's consumer span), so its log lines and the calls
 * and events it makes carry that trace.
 */
public final class KeyedLanes implements AutoCloseable {

    private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

    private final int maxInFlight;
    private final Semaphore room;
    private final ExecutorService pool;
    // The last work of each key that has one queued or running; guarded by itself.
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();
    private volatile boolean closed;

    /**
     * @param name        prefix of the lane threads' names
     * @param concurrency threads running works, i.e. keys served at the same time
     * @param maxInFlight submitted but unfinished works allowed before {@link #submit} waits
     */
    public KeyedLanes(String name, int concurrency, int maxInFlight) {
        if (concurrency < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("concurrency and maxInFlight must be at least 1");
        }
        this.maxInFlight = maxInFlight;
        this.room = new Semaphore(maxInFlight, true);
        this.pool = Executors.newFixedThreadPool(concurrency, threads(name));
    }

    /**
     * Queues {@code work} behind the unfinished works of {@code key} and answers its outcome. Waits while
     * {@code maxInFlight} works are unfinished. A work that throws fails its own stage only; the key's next work runs.
     *
     * @throws RejectedExecutionException once the lanes are closing, or when interrupted while waiting for room
     */
    public <T> CompletionStage<T> submit(String key, Supplier<? extends CompletionStage<T>> work) {
        if (closed) {
            throw new RejectedExecutionException("The lanes are closed");
        }
        try {
            room.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("Interrupted while waiting for room in the lanes", e);
        }
        if (closed) {
            room.release();
            throw new RejectedExecutionException("The lanes are closed");
        }
        CompletableFuture<T> outcome = new CompletableFuture<>();
        CompletableFuture<Void> turn;
        synchronized (tails) {
            Supplier<? extends CompletionStage<T>> traced = Context.current().wrapSupplier(work);
            turn = tails.getOrDefault(key, IDLE).thenComposeAsync(previousDone -> run(traced, outcome), pool);
            tails.put(key, turn);
        }
        CompletableFuture<Void> queued = turn;
        queued.whenComplete((done, rejected) -> {
            synchronized (tails) {
                tails.remove(key, queued);
            }
            room.release();
            if (rejected != null) { // the pool stopped before the work could start
                outcome.completeExceptionally(rejected);
            }
        });
        return outcome;
    }

    /** Works submitted and not finished yet. */
    public int inFlight() {
        return maxInFlight - room.availablePermits();
    }

    /**
     * Takes no more work and waits up to {@code timeout} for the submitted works to finish; those still unfinished
     * then are interrupted (their stages may never complete).
     *
     * @return whether every submitted work finished in time
     */
    public boolean close(Duration timeout) {
        closed = true;
        boolean drained;
        try {
            drained = room.tryAcquire(maxInFlight, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained = false;
        }
        if (drained) {
            pool.shutdown();
        } else {
            pool.shutdownNow();
        }
        return drained;
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }

    private static <T> CompletableFuture<Void> run(Supplier<? extends CompletionStage<T>> work,
                                                   CompletableFuture<T> outcome) {
        CompletionStage<T> stage;
        try {
            stage = work.get();
        } catch (RuntimeException | Error e) {
            outcome.completeExceptionally(e);
            return IDLE;
        }
        return stage.handle((value, failure) -> {
            if (failure != null) {
                outcome.completeExceptionally(failure);
            } else {
                outcome.complete(value);
            }
            return (Void) null;
        }).toCompletableFuture();
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-lane-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
