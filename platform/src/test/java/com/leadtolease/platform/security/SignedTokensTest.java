package com.leadtolease.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final SignedTokens chat = tokens("chat session", "k".repeat(32), NOW);

    private static SignedTokens tokens(String purpose, String secret, Instant now) {
        return new SignedTokens(purpose, secret, Duration.ofHours(1), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenOpensItsOwnSubjectUntilItExpires() {
        String token = chat.issue("s-1").token();

        assertThat(chat.refusal(token, "s-1")).isEmpty();
        assertThat(chat.refusal(token, "s-2")).contains("token of another chat session");
        assertThat(tokens("chat session", "k".repeat(32), NOW.plus(Duration.ofHours(1))).refusal(token, "s-1"))
                .contains("token expired");
    }

    @Test
    void anotherKeyOrAnotherPurposeNeverOpensIt() {
        String token = chat.issue("t-1").token();

        assertThat(tokens("chat session", "x".repeat(32), NOW).refusal(token, "t-1")).contains("invalid token signature");
        assertThat(tokens("tour", "k".repeat(32), NOW).refusal(token, "t-1")).contains("invalid token signature");
    }

    @Test
    void aChangedExpiryOrGarbageIsRefused() {
        String[] parts = chat.issue("s-1").token().split("\\.");
        String extended = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];

        assertThat(chat.refusal(extended, "s-1")).contains("invalid token signature");
        assertThat(chat.refusal("abc", "s-1")).contains("malformed token");
        assertThat(chat.refusal("a.b.c", "s-1")).contains("malformed token");
        assertThat(chat.refusal(null, "s-1")).contains("missing token");
    }

    @Test
    void anInviteNamesItsSessionButOpensItOnlyWithTheRightKey() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        String invite = tokens(SignedTokens.CHAT_INVITE, "k".repeat(32), now).issue("session-9").token();

        assertThat(SignedTokens.claimedSubject(invite)).contains("session-9");
        assertThat(tokens(SignedTokens.CHAT_INVITE, "k".repeat(32), now).refusal(invite, "session-9")).isEmpty();
        assertThat(tokens(SignedTokens.CHAT_SESSION, "k".repeat(32), now).refusal(invite, "session-9")).isPresent();
        assertThat(SignedTokens.claimedSubject("garbage")).isEmpty();
        assertThat(SignedTokens.claimedSubject("%%%.1.x")).isEmpty();
    }
}
