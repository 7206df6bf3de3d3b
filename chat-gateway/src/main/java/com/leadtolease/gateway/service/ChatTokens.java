package com.leadtolease.gateway.service;

import com.leadtolease.gateway.config.ChatConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * Chat session tokens: {@code base64url(sessionId).expiryEpochSeconds.base64url(HMAC-SHA256(sessionId.expiry))}.
 * Stateless, so any gateway instance that shares the secret accepts them.
 */
@ApplicationScoped
public class ChatTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    @Inject
    ChatTokens(ChatConfig config) {
        this(config.tokenSecret(), config.tokenTtl(), Clock.systemUTC());
    }

    ChatTokens(String secret, Duration ttl, Clock clock) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("gateway.chat.token-secret (CHAT_TOKEN_SECRET) must be set");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.ttl = ttl;
        this.clock = clock;
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }

    public IssuedToken issue(String sessionId) {
        Instant expiresAt = clock.instant().plus(ttl).truncatedTo(ChronoUnit.SECONDS);
        String signed = sessionId + "." + expiresAt.getEpochSecond();
        String token = ENCODER.encodeToString(sessionId.getBytes(StandardCharsets.UTF_8)) + "."
                + expiresAt.getEpochSecond() + "." + ENCODER.encodeToString(sign(signed));
        return new IssuedToken(token, expiresAt);
    }

    /** Why the token does not open this session, or empty when it does. */
    public Optional<String> refusal(String token, String sessionId) {
        if (token == null || token.isBlank()) {
            return Optional.of("missing token");
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.of("malformed token");
        }
        try {
            String tokenSession = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            long expiry = Long.parseLong(parts[1]);
            byte[] expected = sign(tokenSession + "." + expiry);
            if (!MessageDigest.isEqual(expected, DECODER.decode(parts[2]))) {
                return Optional.of("invalid token signature");
            }
            if (!tokenSession.equals(sessionId)) {
                return Optional.of("token of another session");
            }
            if (clock.instant().getEpochSecond() >= expiry) {
                return Optional.of("token expired");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("malformed token");
        }
    }

    private byte[] sign(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
