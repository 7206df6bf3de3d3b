package com.leadtolease.notification.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(30);
    private static final Instant FIRST = Instant.parse("2030-05-01T12:00:00Z");

    /** A day's window with the jitter at its bottom: every delay is half its nominal length. */
    private final RetryPolicy policy = new RetryPolicy(Duration.ofHours(24), BASE, Duration.ofMinutes(10), () -> 0.0);

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

    @Test
    void aFailedAttemptWithinTheWindowIsRetriedAfterTheBackoff() {
        Instant now = FIRST.plusSeconds(3);

        assertThat(policy.nextAttempt(3, FIRST, now, null)).contains(now.plusSeconds(2));
        // Twenty attempts in, the delay is at its cap (10 min), halved by the jitter.
        assertThat(policy.nextAttempt(20, FIRST, now, null)).contains(now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void theReceiversRetryAfterIsHonouredUpToTheCap() {
        assertThat(policy.nextAttempt(1, FIRST, FIRST, Duration.ofMinutes(2))).contains(FIRST.plusSeconds(120));
        assertThat(policy.nextAttempt(1, FIRST, FIRST, Duration.ofHours(2))).contains(FIRST.plusSeconds(600));
    }

    @Test
    void theLastRetryIsAtTheEndOfTheWindowAndNoneAfterIt() {
        Instant giveUpAt = FIRST.plus(Duration.ofHours(24));

        assertThat(policy.giveUpAt(FIRST)).isEqualTo(giveUpAt);
        assertThat(policy.nextAttempt(50, FIRST, giveUpAt.minusSeconds(10), null)).contains(giveUpAt);
        assertThat(policy.nextAttempt(51, FIRST, giveUpAt, null)).isEmpty();
        assertThat(policy.nextAttempt(52, FIRST, giveUpAt.plusSeconds(1), null)).isEmpty();
    }
}
