package com.leadtolease.agent.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.service.WebhookIntake;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.contracts.webhook.WebhookLeadData;
import com.leadtolease.contracts.webhook.WebhookMessageData;
import com.leadtolease.platform.messaging.BadMessage;
import com.leadtolease.platform.messaging.EventConsumer;
import com.leadtolease.platform.messaging.NotReadyYet;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Reads {@code webhooks.inbound} (verified, validated leads and messages from Zapier and CRMs, published by the
 * gateway; key = source) one after another and hands them to {@link WebhookIntake}, idempotent by webhook id. A record
 * that cannot be read, or a message no lead matches, goes to {@code webhooks.inbound.dlq} with a reason naming only
 * ids; Mongo or booking-service away is retried in place for {@code agent.webhooks.retry-window} (platform's
 * {@link EventConsumer}).
 */
@ApplicationScoped
public class WebhookInboundConsumer {

    private static final Logger LOG = Logger.getLogger(WebhookInboundConsumer.class);

    private final EventConsumer consumer;
    private final WebhookIntake intake;
    private final ObjectMapper json;

    WebhookInboundConsumer(WebhookIntake intake, ObjectMapper json, AgentConfig config) {
        this.consumer = new EventConsumer(LOG, "Inbound webhook",
                Set.of(EventTypes.WEBHOOK_LEAD_RECEIVED, EventTypes.WEBHOOK_MESSAGE_RECEIVED)::contains,
                config.webhooks().retryWindow());
        this.intake = intake;
        this.json = json;
    }

    @Incoming("webhooks-inbound")
    @Blocking
    public CompletionStage<Void> onMessage(Message<String> message) {
        return ChatInboundConsumer.inRequestContext(() -> consumer.consume(message, this::handle));
    }

    private void handle(EventEnvelope<String> event) {
        try {
            if (EventTypes.WEBHOOK_LEAD_RECEIVED.equals(event.type())) {
                WebhookLeadData data = read(event, WebhookLeadData.class);
                require(data.webhookId(), "webhookId", event);
                require(data.sessionId(), "sessionId", event);
                intake.leadReceived(data);
            } else {
                WebhookMessageData data = read(event, WebhookMessageData.class);
                require(data.webhookId(), "webhookId", event);
                require(data.text(), "text", event);
                intake.messageReceived(data);
            }
        } catch (ProblemException e) {
            if (e.problem().status() == 409) {
                // Another turn of the conversation was answered at the same time: this one runs again.
                throw new NotReadyYet("Webhook event " + event.id() + " met a concurrent turn");
            }
            throw new BadMessage("Webhook event " + event.id() + " refused (" + e.problem().status() + " "
                    + e.problem().title() + ")");
        }
    }

    private <T> T read(EventEnvelope<String> event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            // The parser's message may quote the record (personal data): the location only.
            throw new BadMessage("Webhook event " + event.id() + " is not a " + type.getSimpleName() + " JSON (at "
                    + (e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()) + ")");
        }
    }

    private static void require(String value, String field, EventEnvelope<String> event) {
        if (value == null || value.isBlank()) {
            throw new BadMessage("Webhook event " + event.id() + " has no " + field);
        }
    }
}
