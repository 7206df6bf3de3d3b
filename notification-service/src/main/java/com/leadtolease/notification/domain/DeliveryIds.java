package com.leadtolease.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic delivery ids: the same event (or agent action), channel and target always give the same id.
 */
public final class DeliveryIds {

    private DeliveryIds() {
    }

    /**
     * Keyed on the action's idempotency key rather than the event id: agent-service gives the same action the same
     * key even when it publishes it again as a new event, and Zapier must hear about it once.
     */
    public static String ofAction(String idempotencyKey, DeliveryChannel channel, String target) {
        return of("agent-action:" + idempotencyKey, channel, target);
    }

    public static String of(String eventId, DeliveryChannel channel, String target) {
        String key = eventId + "\n" + channel.value() + "\n" + target;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "dlv_" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
