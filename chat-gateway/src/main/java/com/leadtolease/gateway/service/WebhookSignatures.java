package com.leadtolease.gateway.service;

import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.config.WebhooksConfig;
import com.leadtolease.gateway.domain.WebhookSource;
import com.leadtolease.platform.security.TimestampedSignature;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The authentication of inbound webhooks: {@link TimestampedSignature} with the source's own secret, the same format
 * and header names as the webhooks we send ({@value #TIMESTAMP_HEADER}, {@value #SIGNATURE_HEADER}).
 */
@ApplicationScoped
public class WebhookSignatures {

    public static final String TIMESTAMP_HEADER = "X-Lead2Lease-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Lead2Lease-Signature";

    private final WebhooksConfig config;
    private final Clock clock;

    WebhookSignatures(WebhooksConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The source's secret; 503 when it is not configured: an unset secret never means "accept unsigned". */
    public String secret(WebhookSource source) {
        Optional<String> secret = source == WebhookSource.ZAPIER ? config.zapierSecret() : config.crmSecret();
        return secret.filter(s -> !s.isBlank()).orElseThrow(() -> new ProblemException(Problem.of(503,
                "Service unavailable", "Inbound " + source.id() + " webhooks are not set up on this server (no "
                        + "secret to check their signature); nothing was stored.")));
    }

    /** 401 unless the body is signed with the source's secret at a time within the window around now. */
    public void verify(String secret, String timestamp, String signature, byte[] rawBody) {
        if (timestamp == null || !timestamp.matches("\\d{1,12}")) {
            throw ProblemException.unauthorized("Missing or malformed " + TIMESTAMP_HEADER
                    + " header (Unix seconds).");
        }
        long seconds = Long.parseLong(timestamp);
        Instant now = clock.instant();
        Duration window = config.timestampWindow();
        if (Math.abs(now.getEpochSecond() - seconds) > window.toSeconds()) {
            throw ProblemException.unauthorized("The request's timestamp is more than " + window.toMinutes()
                    + " minutes from now: replayed or stale; sign it again with the current time.");
        }
        if (signature == null || signature.length() > 200 || !TimestampedSignature.verify(secret, signature,
                seconds, new String(rawBody, StandardCharsets.UTF_8), now, window)) {
            throw ProblemException.unauthorized("Missing or invalid " + SIGNATURE_HEADER + ": expected sha256=<hex "
                    + "HMAC-SHA256 of timestamp + \".\" + the raw body, keyed with this source's secret>.");
        }
    }
}
