package com.leadtolease.notification.service.webhook;

import com.leadtolease.platform.security.TimestampedSignature;

/**
 * Headers and signature of outbound webhooks ({@link TimestampedSignature}). The receiver recomputes
 * {@code "sha256=" + hex(HMAC-SHA256(secret, timestamp + "." + body))} over the raw body bytes and the
 * {@code X-Lead2Lease-Timestamp} header, compares in constant time, and rejects stale timestamps.
 */
public final class WebhookSigner {

    public static final String TIMESTAMP_HEADER = "X-Lead2Lease-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Lead2Lease-Signature";
    public static final String EVENT_ID_HEADER = "X-Lead2Lease-Event-Id";
    public static final String DELIVERY_ID_HEADER = "X-Lead2Lease-Delivery-Id";
    /** Agent actions only: the same for every publication of the same action; deduplicate on it. */
    public static final String IDEMPOTENCY_KEY_HEADER = "X-Lead2Lease-Idempotency-Key";
    public static final String SIGNATURE_PREFIX = TimestampedSignature.PREFIX;

    private WebhookSigner() {
    }

    public static String sign(String secret, long epochSeconds, String body) {
        return TimestampedSignature.sign(secret, epochSeconds, body);
    }
}
