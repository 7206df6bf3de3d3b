package com.leadtolease.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.contracts.webhook.WebhookLeadData;
import com.leadtolease.contracts.webhook.WebhookMessageData;
import com.leadtolease.gateway.config.WebhooksConfig;
import com.leadtolease.gateway.domain.InboundWebhook;
import com.leadtolease.gateway.domain.WebhookSource;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.repository.WebhookDeliveries;
import com.leadtolease.gateway.repository.WebhookDeliveries.Answer;
import com.leadtolease.gateway.repository.WebhookDeliveries.Delivery;
import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.platform.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts an authenticated webhook body: reads it, answers a retry of an accepted request with its first answer,
 * opens the conversation of a new lead, and stores the request's idempotency record together with its
 * {@code webhooks.inbound} event (relayed from that document's outbox).
 */
@ApplicationScoped
public class WebhookIntake {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    static final String EVENT_SOURCE = "/chat-gateway";
    private static final Logger LOG = Logger.getLogger(WebhookIntake.class);

    /** The 202 body: which webhook, lead or message, and for a lead the conversation opened for it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Accepted(String webhookId, String type, String sessionId, String status) {
    }

    private final WebhookDeliveries deliveries;
    private final ChatSessionRepository sessions;
    private final OutboxRelay relay;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration conversationRetention;

    WebhookIntake(WebhookDeliveries deliveries, ChatSessionRepository sessions, OutboxRelay relay, ObjectMapper json,
                  Clock clock, WebhooksConfig config) {
        this.conversationRetention = config.conversationRetention();
        this.deliveries = deliveries;
        this.sessions = sessions;
        this.relay = relay;
        this.json = json;
        this.clock = clock;
    }

    /** @param rawBody the verified body, as signed */
    public Answer accept(WebhookSource source, String idempotencyKey, byte[] rawBody) {
        InboundWebhook webhook = WebhookPayloads.read(source, parse(rawBody));
        String key = key(idempotencyKey, webhook.bodyId(), source);
        String bodyHash = sha256(rawBody);
        Optional<Delivery> earlier = deliveries.find(source.id(), key);
        if (earlier.isPresent()) {
            return retried(earlier.get(), bodyHash);
        }
        Instant now = clock.instant();
        String webhookId = UUID.randomUUID().toString();
        String sessionId = null;
        EventEnvelope<String> event;
        Accepted accepted;
        if (webhook instanceof InboundWebhook.NewLead lead) {
            sessionId = UUID.randomUUID().toString();
            sessions.createInvited(sessionId, lead.propertyId(), now, now.plus(conversationRetention));
            event = envelope(EventTypes.WEBHOOK_LEAD_RECEIVED, source, new WebhookLeadData(webhookId, source.id(),
                    lead.externalId(), sessionId, lead.contact(), lead.propertyId(), lead.message(), lead.budget(),
                    lead.bedrooms(), lead.moveDate(), lead.pets(), lead.consentToContact(), now));
            accepted = new Accepted(webhookId, "lead", sessionId, "accepted");
        } else {
            InboundWebhook.NewMessage message = (InboundWebhook.NewMessage) webhook;
            event = envelope(EventTypes.WEBHOOK_MESSAGE_RECEIVED, source, new WebhookMessageData(webhookId,
                    source.id(), message.externalId(), message.leadId(), message.email(), message.phone(),
                    message.text(), now));
            accepted = new Accepted(webhookId, "message", null, "accepted");
        }
        Answer answer = new Answer(202, write(accepted));
        Optional<Delivery> concurrent = deliveries.insert(source.id(), key, bodyHash, answer,
                OutboxEvent.of(Topics.WEBHOOKS_INBOUND, event), now);
        if (concurrent.isPresent()) {
            if (sessionId != null) {
                sessions.delete(List.of(sessionId));
            }
            return retried(concurrent.get(), bodyHash);
        }
        relay.wakeUp();
        LOG.infof("Accepted %s webhook %s (%s)", source.id(), webhookId, accepted.type());
        return answer;
    }

    private JsonNode parse(byte[] rawBody) {
        JsonNode body;
        try {
            body = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(rawBody);
        } catch (IOException e) {
            throw ProblemException.badRequest("The request body is not valid JSON.");
        }
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("The request body must be a JSON object.");
        }
        return body;
    }

    private static String key(String header, String bodyId, WebhookSource source) {
        String idField = source == WebhookSource.ZAPIER ? "id" : "eventId";
        String key = header != null && !header.isBlank() ? header.strip() : bodyId;
        if (key == null) {
            throw ProblemException.invalidField(IDEMPOTENCY_HEADER, "is required (or the body's " + idField
                    + "): the same value on every retry of one request");
        }
        if (key.length() > WebhookFields.ID_MAX) {
            throw ProblemException.invalidField(IDEMPOTENCY_HEADER, "must be at most " + WebhookFields.ID_MAX
                    + " characters");
        }
        return key;
    }

    private static Answer retried(Delivery earlier, String bodyHash) {
        if (!earlier.bodyHash().equals(bodyHash)) {
            throw ProblemException.conflict("This idempotency key was used for a different body; use a new key "
                    + "for a new request.", Map.of());
        }
        return earlier.answer();
    }

    private EventEnvelope<String> envelope(String type, WebhookSource source, Object data) {
        return EventEnvelope.create(type, EVENT_SOURCE, source.id(), write(data));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
