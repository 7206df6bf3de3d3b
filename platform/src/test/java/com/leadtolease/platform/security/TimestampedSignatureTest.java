package com.leadtolease.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampedSignatureTest {

    private static final String SECRET = "a-webhook-secret-of-at-least-32-bytes!";
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String BODY = "{\"tourId\":\"t1\"}";

    @Test
    void theSignatureIsTheHexHmacOfTimestampDotBody() {
        assertThat(TimestampedSignature.sign(SECRET, 1_700_000_000L, BODY))
                .isEqualTo("sha256=" + new Hmac(SECRET).signHex("1700000000." + BODY));
    }

    @Test
    void aFreshSignatureOfTheSameBodyVerifies() {
        long at = NOW.getEpochSecond() - 60;
        String signature = TimestampedSignature.sign(SECRET, at, BODY);

        assertThat(TimestampedSignature.verify(SECRET, signature, at, BODY, NOW, WINDOW)).isTrue();
    }

    @Test
    void aChangedBodyTimestampOrSecretDoesNotVerify() {
        long at = NOW.getEpochSecond();
        String signature = TimestampedSignature.sign(SECRET, at, BODY);

        assertThat(TimestampedSignature.verify(SECRET, signature, at, BODY + " ", NOW, WINDOW)).isFalse();
        assertThat(TimestampedSignature.verify(SECRET, signature, at + 1, BODY, NOW, WINDOW)).isFalse();
        assertThat(TimestampedSignature.verify(SECRET + "x", signature, at, BODY, NOW, WINDOW)).isFalse();
        assertThat(TimestampedSignature.verify(SECRET, signature.substring(7), at, BODY, NOW, WINDOW)).isFalse();
        assertThat(TimestampedSignature.verify(SECRET, null, at, BODY, NOW, WINDOW)).isFalse();
    }

    @Test
    void aSignatureOutsideTheWindowIsRefusedEvenWhenItIsRight() {
        long stale = NOW.minus(WINDOW).getEpochSecond() - 1;
        long future = NOW.plus(WINDOW).getEpochSecond() + 1;

        assertThat(TimestampedSignature.verify(SECRET, TimestampedSignature.sign(SECRET, stale, BODY), stale, BODY,
                NOW, WINDOW)).as("a replay from the past").isFalse();
        assertThat(TimestampedSignature.verify(SECRET, TimestampedSignature.sign(SECRET, future, BODY), future, BODY,
                NOW, WINDOW)).as("too far ahead").isFalse();
        long edge = NOW.minus(WINDOW).getEpochSecond();
        assertThat(TimestampedSignature.verify(SECRET, TimestampedSignature.sign(SECRET, edge, BODY), edge, BODY,
                NOW, WINDOW)).as("at the edge of the window").isTrue();
    }
}
