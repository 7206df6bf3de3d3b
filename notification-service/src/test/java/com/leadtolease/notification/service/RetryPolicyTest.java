package com.leadtolease.notification.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(30);

    @Test
    void doublesWithEveryAttemptAndJittersWithinTheUpperHalf() {
        assertThat(RetryPolicy.backoff(1, BASE, MAX, 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(RetryPolicy.backoff(1, BASE, MAX, 0.999)).isBetween(Duration.ofMillis(990), Duration.ofSeconds(1));
        assertThat(RetryPolicy.backoff(2, BASE, MAX, 0.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryPolicy.backoff(4, BASE, MAX, 0.0)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void neverExceedsTheMaximumDelay() {
        assertThat(RetryPolicy.backoff(10, BASE, MAX, 0.999)).isLessThanOrEqualTo(MAX);
        assertThat(RetryPolicy.backoff(200, BASE, MAX, 0.5)).isLessThanOrEqualTo(MAX).isGreaterThanOrEqualTo(MAX.dividedBy(2));
    }
}
