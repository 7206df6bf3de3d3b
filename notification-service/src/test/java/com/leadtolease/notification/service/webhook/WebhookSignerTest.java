package com.leadtolease.notification.service.webhook;

import com.leadtolease.notification.client.WebhookResponse;
import com.leadtolease.notification.service.AttemptResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignerTest {

    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        // Reference value: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        assertThat(WebhookSigner.sign("secret", 1_700_000_000L, "{\"a\":1}"))
                .isEqualTo("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
    }

    @Test
    void retriesServerErrorsRateLimitsAndTimeoutsButNotOtherClientErrors() {
        assertThat(WebhookSender.classify(new WebhookResponse(204, Optional.empty(), "")))
                .isInstanceOf(AttemptResult.Delivered.class);
        assertThat(WebhookSender.classify(new WebhookResponse(503, Optional.empty(), "down")))
                .isInstanceOf(AttemptResult.Retryable.class);
        assertThat(WebhookSender.classify(new WebhookResponse(429, Optional.of(Duration.ofSeconds(7)), "")))
                .isEqualTo(new AttemptResult.Retryable("HTTP 429", Duration.ofSeconds(7)));
        assertThat(WebhookSender.classify(new WebhookResponse(408, Optional.empty(), "")))
                .isInstanceOf(AttemptResult.Retryable.class);
        assertThat(WebhookSender.classify(new WebhookResponse(404, Optional.empty(), "no such hook")))
                .isInstanceOf(AttemptResult.Permanent.class);
        assertThat(WebhookSender.classify(new WebhookResponse(301, Optional.empty(), "")))
                .isInstanceOf(AttemptResult.Permanent.class);
    }
}
