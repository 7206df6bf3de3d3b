package com.leadtolease.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The web chat: session tokens, rate limits and how long a turn may take. */
@ConfigMapping(prefix = "gateway.chat")
public interface ChatConfig {

    /** HMAC-SHA256 key of session tokens (CHAT_TOKEN_SECRET); every gateway instance needs the same one. */
    String tokenSecret();

    /**
     * HMAC-SHA256 key of chat invites (CHAT_INVITE_SECRET): notification-service signs them into a lead's email, the
     * gateway exchanges one for its session's token. Both need the same value.
     */
    String inviteSecret();

    /** How long a session token stays valid. */
    Duration tokenTtl();

    /**
     * How long the gateway keeps a session (its reply log) after its last reply; at least the token TTL.
     */
    Duration retention();

    /** How often sessions past their retention are looked for. */
    Duration retentionCheckEvery();

    /** How long a conversation turn may take before the caller is told (REST 504, WebSocket error frame). */
    Duration turnTimeout();

    /**
     * How long an answer on {@code chat.outbound} failing transiently (Mongo away) is retried in place before it goes
     * to {@code chat.outbound.dlq}.
     */
    @WithDefault("2m")
    Duration outboundRetryWindow();

    RateLimits rateLimits();

    /** Token buckets, refilled continuously; each gateway instance counts on its own. */
    interface RateLimits {

        /** Messages (start, message, action) one chat session may send per minute. */
        int sessionMessagesPerMinute();

        /** Chat sessions one client address may create per minute. */
        int ipSessionsPerMinute();

        /** WebSocket messages one client address may send per minute, over all its sessions. */
        int ipMessagesPerMinute();

        /** Tours one client address may book per hour without a token holding bookings:write. */
        int ipToursPerHour();

        /** Tours one integration (a token holding bookings:write) may book per hour. */
        int clientToursPerHour();

        /** Conversations one integration (agent:converse) may start per minute. */
        int clientSessionsPerMinute();
    }
}
