package com.leadtolease.notification.service;

import java.time.Duration;

/** What one attempt of a delivery came to. */
public sealed interface AttemptResult {

    record Delivered() implements AttemptResult {
    }

    /** Worth trying again (5xx, 429, timeout, connection or transient SMTP error); {@code notBefore} may be null. */
    record Retryable(String error, Duration notBefore) implements AttemptResult {
    }

    /** Trying again cannot help (4xx, permanent SMTP rejection, missing secret). */
    record Permanent(String error) implements AttemptResult {
    }

    static AttemptResult delivered() {
        return new Delivered();
    }

    static AttemptResult retryable(String error) {
        return new Retryable(error, null);
    }

    static AttemptResult retryableAfter(String error, Duration notBefore) {
        return new Retryable(error, notBefore);
    }

    static AttemptResult permanent(String error) {
        return new Permanent(error);
    }
}
