package com.leadtolease.platform.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyedLanesTest {

    private KeyedLanes lanes;

    @AfterEach
    void closeLanes() {
        if (lanes != null) {
            lanes.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void worksOfOneKeyRunInSubmissionOrderOneAtATime() throws Exception {
        lanes = new KeyedLanes("order", 8, 1000);
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String key = "k" + (i % 5);
            int n = i;
            all.add(lanes.submit(key, () -> {
                if (running.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                sleep(n % 3);
                seen.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())).add(n);
                running.get(key).decrementAndGet();
                return CompletableFuture.completedFuture(n);
            }).toCompletableFuture());
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

        assertThat(overlaps).as("two works of one key never overlap").hasValue(0);
        assertThat(seen).hasSize(5);
        seen.forEach((key, order) -> assertThat(order).as(key).hasSize(40).isSorted());
        assertThat(all.get(7).get()).isEqualTo(7);
    }

    @Test
    void theNextWorkOfAKeyWaitsForThePreviousStageNotJustItsStart() throws Exception {
        lanes = new KeyedLanes("stage", 4, 10);
        CompletableFuture<String> slowReply = new CompletableFuture<>();
        lanes.submit("a", () -> slowReply);
        CompletableFuture<String> second = lanes.submit("a", () -> CompletableFuture.completedFuture("second"))
                .toCompletableFuture();

        Thread.sleep(200);
        assertThat(second).isNotDone();
        slowReply.complete("first");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void aSlowKeyDoesNotDelayAnother() throws Exception {
        lanes = new KeyedLanes("slow", 2, 10);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = lanes.submit("slow", () -> {
            await(release);
            return CompletableFuture.completedFuture("slow");
        }).toCompletableFuture();
        CompletableFuture<String> slowAgain = lanes.submit("slow", () -> CompletableFuture.completedFuture("again"))
                .toCompletableFuture();

        CompletableFuture<String> other = lanes.submit("other", () -> CompletableFuture.completedFuture("other"))
                .toCompletableFuture();
        assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("other");
        assertThat(slow).isNotDone();
        assertThat(slowAgain).isNotDone();

        release.countDown();
        assertThat(slowAgain.get(5, TimeUnit.SECONDS)).isEqualTo("again");
    }

    @Test
    void aFailingWorkFailsOnlyItsOwnStage() throws Exception {
        lanes = new KeyedLanes("fail", 2, 10);
        CompletionStage<String> thrown = lanes.submit("a", () -> {
            throw new IllegalStateException("boom");
        });
        CompletionStage<String> failed = lanes.submit("a", () -> CompletableFuture.failedFuture(new RuntimeException()));
        CompletableFuture<String> next = lanes.submit("a", () -> CompletableFuture.completedFuture("next"))
                .toCompletableFuture();

        assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo("next");
        assertThat(thrown.toCompletableFuture()).isCompletedExceptionally();
        assertThat(failed.toCompletableFuture()).isCompletedExceptionally();
        // A work's room is given back just after its outcome completes: wait for it rather than race it.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (lanes.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(lanes.inFlight()).isZero();
    }

    @Test
    void submitWaitsWhileMaxInFlightWorksAreUnfinished() throws Exception {
        lanes = new KeyedLanes("bound", 4, 3);
        List<CompletableFuture<Void>> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CompletableFuture<Void> reply = new CompletableFuture<>();
            held.add(reply);
            lanes.submit("k" + i, () -> reply);
        }
        assertThat(lanes.inFlight()).isEqualTo(3);

        CompletableFuture<Void> fourthSubmitted = CompletableFuture.runAsync(
                () -> lanes.submit("k3", () -> CompletableFuture.completedFuture(null)));
        Thread.sleep(300);
        assertThat(fourthSubmitted).as("the fourth submit waits for room").isNotDone();
        assertThat(lanes.inFlight()).isEqualTo(3);

        held.get(1).complete(null);
        fourthSubmitted.get(5, TimeUnit.SECONDS);
        held.forEach(reply -> reply.complete(null));
        await(() -> lanes.inFlight() == 0);
    }

    @Test
    void closeDrainsWhatWasSubmittedAndRefusesNewWork() throws Exception {
        lanes = new KeyedLanes("drain", 2, 10);
        AtomicInteger finished = new AtomicInteger();
        for (int i = 0; i < 6; i++) {
            lanes.submit("k" + (i % 2), () -> {
                sleep(50);
                finished.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            });
        }

        assertThat(lanes.close(Duration.ofSeconds(5))).isTrue();
        assertThat(finished).hasValue(6);
        assertThatThrownBy(() -> lanes.submit("k0", () -> CompletableFuture.completedFuture(null)))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void closeGivesUpAfterItsTimeoutAndInterruptsWhatStillRuns() throws Exception {
        lanes = new KeyedLanes("stuck", 1, 10);
        CountDownLatch interrupted = new CountDownLatch(1);
        lanes.submit("k", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return CompletableFuture.completedFuture(null);
        });

        long start = System.nanoTime();
        assertThat(lanes.close(Duration.ofMillis(200))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition in time").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void aWorkRunsInTheTraceContextItWasSubmittedIn() throws Exception {
        lanes = new KeyedLanes("traced", 2, 10);
        Span submitter = Span.wrap(SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                TraceFlags.getSampled(), TraceState.getDefault()));
        CompletionStage<String> seen;
        try (Scope ignored = Context.root().with(submitter).makeCurrent()) {
            seen = lanes.submit("k", () -> CompletableFuture.completedFuture(Span.current().getSpanContext().getTraceId()));
        }
        CompletionStage<String> untraced = lanes.submit("k",
                () -> CompletableFuture.completedFuture(Span.current().getSpanContext().getTraceId()));

        assertThat(seen.toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(untraced.toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo(SpanContext.getInvalid().getTraceId());
    }
}

