package com.leadtolease.notification.client;

import java.time.Duration;
import java.util.Optional;

/** What the webhook receiver answered: status, its Retry-After if any, and the start of its body for the log. */
public record WebhookResponse(int status, Optional<Duration> retryAfter, String bodyExcerpt) {

    public boolean successful() {
        return status >= 200 && status < 300;
    }
}
