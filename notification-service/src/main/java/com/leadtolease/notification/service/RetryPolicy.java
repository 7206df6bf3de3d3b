package com.leadtolease.notification.service;

import com.leadtolease.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long and how often a delivery is retried: for a window counted from its first attempt, after pauses growing
 * exponentially up to a cap, with "equal jitter" (half the pause fixed, the other half random). An outage shorter than
 * the window costs a late delivery, never a lost one.
 */
@ApplicationScoped
public class RetryPolicy {

    private final Duration window;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final DoubleSupplier random;

    @Inject
    public RetryPolicy(NotificationConfig config) {
        this(config.retry().window(), config.retry().baseDelay(), config.retry().maxDelay(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param random a number in [0, 1) per delay, for its jitter */
    RetryPolicy(Duration window, Duration baseDelay, Duration maxDelay, DoubleSupplier random) {
        this.window = window;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.random = random;
    }

    public Duration window() {
        return window;
    }

    /** When a delivery first attempted at {@code firstAttemptAt} stops being retried. */
    public Instant giveUpAt(Instant firstAttemptAt) {
        return firstAttemptAt.plus(window);
    }

    /**
     * When to try again after a failed attempt, never later than the end of the window and never before what the
     * receiver asked for (Retry-After, within the cap); empty once the window is spent.
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant firstAttemptAt, Instant now, Duration notBefore) {
        Instant giveUpAt = giveUpAt(firstAttemptAt);
        if (!now.isBefore(giveUpAt)) {
            return Optional.empty();
        }
        Instant next = now.plus(delayAfter(attemptsMade, notBefore));
        return Optional.of(next.isAfter(giveUpAt) ? giveUpAt : next);
    }

    private Duration delayAfter(int attemptsMade, Duration notBefore) {
        Duration delay = backoff(attemptsMade, baseDelay, maxDelay, random.getAsDouble());
        if (notBefore != null && notBefore.compareTo(delay) > 0) {
            delay = notBefore.compareTo(maxDelay) > 0 ? maxDelay : notBefore;
        }
        return delay;
    }

    /**
     * base * 2^(attempt-1), capped at max, then jittered into [half, full] of it.
     *
     * @param random a number in [0, 1)
     */
    static Duration backoff(int attemptsMade, Duration base, Duration max, double random) {
        int exponent = Math.max(0, Math.min(attemptsMade - 1, 30));
        long exponentialMillis = base.toMillis() * (1L << exponent);
        long capped = Math.min(exponentialMillis <= 0 ? max.toMillis() : exponentialMillis, max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random * (capped - half)));
    }
}
