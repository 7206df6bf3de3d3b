package com.leadtolease.notification.service;

import com.leadtolease.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with "equal jitter": half the delay is fixed, the other half random. */
@ApplicationScoped
public class RetryPolicy {

    private final NotificationConfig.Retry config;

    public RetryPolicy(NotificationConfig config) {
        this.config = config.retry();
    }

    public int maxAttempts() {
        return config.maxAttempts();
    }

    public boolean exhausted(int attemptsMade) {
        return attemptsMade >= config.maxAttempts();
    }

    /** Delay after the given failed attempt, never below what the receiver asked for (Retry-After). */
    public Duration delayAfter(int attemptsMade, Duration notBefore) {
        Duration delay = backoff(attemptsMade, config.baseDelay(), config.maxDelay(), ThreadLocalRandom.current().nextDouble());
        if (notBefore != null && notBefore.compareTo(delay) > 0) {
            delay = notBefore.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : notBefore;
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
