package com.leadtolease.embedding.service;

import java.time.Duration;

/** Exponential backoff: base × 2^(attempt−1), capped. */
public record Backoff(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
    }

    /** Delay after the failed attempt number {@code attempt} (1-based). */
    public Duration delayAfter(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration delay = baseDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
