package com.leadtolease.gateway.config;

import com.leadtolease.platform.outbox.OutboxConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Inbound webhooks (Zapier, a CRM): their HMAC secrets, limits, idempotency records and the outbox relay. */
@ConfigMapping(prefix = "gateway.webhooks")
public interface WebhooksConfig {

    /** HMAC-SHA256 key Zapier signs with (WEBHOOK_ZAPIER_SECRET); unset: the route answers 503, never unsigned. */
    Optional<String> zapierSecret();

    /** HMAC-SHA256 key the CRM signs with (WEBHOOK_CRM_SECRET); unset: the route answers 503. */
    Optional<String> crmSecret();

    /** How far a request's timestamp may be from now, either way, before it counts as replayed or stale. */
    @WithDefault("5m")
    Duration timestampWindow();

    /** The largest raw body read, in bytes; larger requests get 413 before anything else is looked at. */
    @WithDefault("65536")
    int maxBodyBytes();

    /** How long an accepted request's idempotency record (and its first answer) is kept for retries. */
    @WithDefault("P7D")
    Duration idempotencyRetention();

    /**
     * How long the conversation opened for a new lead is kept without any reply, so its invite link (emailed by
     * notification-service) still opens it; at least the invites' lifetime.
     */
    @WithDefault("P14D")
    Duration conversationRetention();

    /** How often expired idempotency records are looked for. */
    @WithDefault("1h")
    Duration expiryCheckEvery();

    OutboxConfig outbox();
}
