package com.leadtolease.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic delivery ids: the same event, channel and target always give the same id. */
public final class DeliveryIds {

    private DeliveryIds() {
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
