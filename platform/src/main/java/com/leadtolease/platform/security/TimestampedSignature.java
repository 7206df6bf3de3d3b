package com.leadtolease.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * A webhook-style signature: {@code "sha256=" + hex(HMAC-SHA256(secret, timestamp + "." + body))}, the timestamp in
 * epoch seconds sent beside it. Verification compares in constant time and refuses a timestamp outside the window
 * around now, so a captured request cannot be replayed later.
 */
public final class TimestampedSignature {

    public static final String PREFIX = "sha256=";

    private TimestampedSignature() {
    }

    public static String sign(String secret, long epochSeconds, String body) {
        return PREFIX + new Hmac(secret).signHex(epochSeconds + "." + body);
    }

    /** True when {@code signature} signs {@code body} at {@code epochSeconds}, and that time is within the window. */
    public static boolean verify(String secret, String signature, long epochSeconds, String body, Instant now,
                                 Duration window) {
        if (signature == null || !signature.startsWith(PREFIX)
                || Math.abs(now.getEpochSecond() - epochSeconds) > window.toSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, epochSeconds, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
