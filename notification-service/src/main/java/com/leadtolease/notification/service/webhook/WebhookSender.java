package com.leadtolease.notification.service.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.notification.client.WebhookHttpClient;
import com.leadtolease.notification.client.WebhookResponse;
import com.leadtolease.notification.config.NotificationConfig;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.domain.DeliveryChannel;
import com.leadtolease.notification.service.AgentActionEvent;
import com.leadtolease.notification.service.AttemptResult;
import com.leadtolease.notification.service.BookingEvent;
import com.leadtolease.notification.service.ChannelSender;
import com.leadtolease.notification.service.NotifiableEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One signed POST of a booking event or agent action to a Zapier (or any) webhook URL. 2xx delivers; 5xx, 429, 408, timeouts and
 * connection errors are retried; any other answer is a permanent failure.
 */
@ApplicationScoped
public class WebhookSender implements ChannelSender {

    static final String MISSING_SECRET = "No webhook secret is configured (set ZAPIER_WEBHOOK_SECRET); "
            + "unsigned webhooks are never sent.";

    private final WebhookHttpClient client;
    private final ObjectMapper mapper;
    private final Optional<String> secret;

    public WebhookSender(WebhookHttpClient client, ObjectMapper mapper, NotificationConfig config) {
        this.client = client;
        this.mapper = mapper;
        this.secret = config.webhooks().secret().filter(s -> !s.isBlank());
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.WEBHOOK;
    }

    @Override
    public AttemptResult attempt(Delivery delivery, NotifiableEvent event) {
        if (secret.isEmpty()) {
            return AttemptResult.permanent(MISSING_SECRET);
        }
        URI url;
        try {
            url = URI.create(delivery.target);
        } catch (IllegalArgumentException e) {
            return AttemptResult.permanent("Invalid webhook URL: " + e.getMessage());
        }
        String body;
        try {
            body = mapper.writeValueAsString(payloadOf(event));
        } catch (JsonProcessingException e) {
            return AttemptResult.permanent("Cannot write the webhook body: " + e.getOriginalMessage());
        }
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.sign(secret.get(), timestamp, body));
        headers.put(WebhookSigner.EVENT_ID_HEADER, event.envelope().id());
        headers.put(WebhookSigner.DELIVERY_ID_HEADER, delivery.id);
        if (event instanceof AgentActionEvent action) {
            headers.put(WebhookSigner.IDEMPOTENCY_KEY_HEADER, action.action().idempotencyKey());
        }
        try {
            return classify(client.postJson(url, body, headers));
        } catch (HttpConnectTimeoutException e) {
            return AttemptResult.retryable("Connection timed out");
        } catch (HttpTimeoutException e) {
            return AttemptResult.retryable("No answer within " + client.requestTimeout().toMillis() + " ms");
        } catch (IOException e) {
            return AttemptResult.retryable("Connection failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            return AttemptResult.permanent("Invalid webhook URL: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.retryable("Interrupted while sending (shutting down)");
        }
    }

    private static Object payloadOf(NotifiableEvent event) {
        if (event instanceof AgentActionEvent action) {
            return ZapierActionPayload.of(action.envelope(), action.action());
        }
        BookingEvent booking = (BookingEvent) event;
        return ZapierTourPayload.of(booking.envelope(), booking.tour());
    }

    static AttemptResult classify(WebhookResponse response) {
        if (response.successful()) {
            return AttemptResult.delivered();
        }
        int status = response.status();
        String error = "HTTP " + status + (response.bodyExcerpt().isEmpty() ? "" : ": " + response.bodyExcerpt());
        if (status >= 500 || status == 429 || status == 408) {
            return AttemptResult.retryableAfter(error, response.retryAfter().orElse(null));
        }
        return AttemptResult.permanent(error + " (not retried: the receiver rejected the request)");
    }
}
