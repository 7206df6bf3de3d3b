package com.leadtolease.gateway.service;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ChatTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final ChatTokens tokens = new ChatTokens("a-test-secret", Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenOpensItsOwnSessionUntilItExpires() {
        ChatTokens.IssuedToken issued = tokens.issue("session-1");
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(tokens.refusal(issued.token(), "session-1")).isEmpty();
        assertThat(tokens.refusal(issued.token(), "session-2")).contains("token of another session");

        ChatTokens later = new ChatTokens("a-test-secret", Duration.ofHours(1),
                Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        assertThat(later.refusal(issued.token(), "session-1")).contains("token expired");
    }

    @Test
    void aTokenSignedWithAnotherSecretOrAlteredIsRefused() {
        String token = tokens.issue("session-1").token();
        ChatTokens otherSecret = new ChatTokens("another-secret", Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(otherSecret.refusal(token, "session-1")).contains("invalid token signature");

        String[] parts = token.split("\\.");
        String longerLived = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
        assertThat(tokens.refusal(longerLived, "session-1")).contains("invalid token signature");
        assertThat(tokens.refusal("garbage", "session-1")).contains("malformed token");
        assertThat(tokens.refusal("a.b.c", "session-1")).contains("malformed token");
        assertThat(tokens.refusal(null, "session-1")).contains("missing token");
    }
}
