package com.leadtolease.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * Stateless bearer tokens for one subject (a chat session, a tour):
 * {@code base64url(subject).expiryEpochSeconds.base64url(HMAC-SHA256(purpose:subject.expiry))}. The purpose is signed
 * but not sent, so a chat token never opens a tour even when both use the same secret. Services name their kinds of
 * token by extending it with their purpose and configured key.
 */
public class SignedTokens {

    /** A web chat session's token: opens its WebSocket and REST turns. */
    public static final String CHAT_SESSION = "chat session";
    /** A tour's own token: reads, reschedules and cancels that tour (the "manage your tour" link). */
    public static final String TOUR = "tour";
    /**
     * An invitation to a conversation that began outside the chat (a lead from a webhook): notification-service signs
     * it into the link of the lead's email, chat-gateway exchanges it for that session's chat token (CHAT_INVITE_SECRET).
     */
    public static final String CHAT_INVITE = "chat invite";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final String purpose;
    private final Hmac hmac;
    private final Duration ttl;
    private final Clock clock;

    public SignedTokens(String purpose, String secret, Duration ttl, Clock clock) {
        this.purpose = purpose;
        this.hmac = new Hmac(secret);
        this.ttl = ttl;
        this.clock = clock;
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }

    public IssuedToken issue(String subject) {
        long expiry = clock.instant().plus(ttl).truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
        String token = ENCODER.encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "." + expiry + "."
                + ENCODER.encodeToString(sign(subject, expiry));
        return new IssuedToken(token, Instant.ofEpochSecond(expiry));
    }

    /** The subject a well-formed token names, before any check: look it up, then ask {@link #refusal}. */
    public static Optional<String> claimedSubject(String token) {
        String[] parts = token == null || token.length() > 1024 ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why the token does not open this subject, or empty when it does. */
    public Optional<String> refusal(String token, String subject) {
        if (token == null || token.isBlank()) {
            return Optional.of("missing token");
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || token.length() > 1024) {
            return Optional.of("malformed token");
        }
        try {
            String tokenSubject = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            long expiry = Long.parseLong(parts[1]);
            if (!MessageDigest.isEqual(sign(tokenSubject, expiry), DECODER.decode(parts[2]))) {
                return Optional.of("invalid token signature");
            }
            if (!tokenSubject.equals(subject)) {
                return Optional.of("token of another " + purpose);
            }
            if (clock.instant().getEpochSecond() >= expiry) {
                return Optional.of("token expired");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("malformed token");
        }
    }

    private byte[] sign(String subject, long expiry) {
        return hmac.sign(purpose + ":" + subject + "." + expiry);
    }
}
