package com.leadtolease.notification.service.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.agent.AgentActionData;
import com.leadtolease.contracts.booking.LeadContact;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON body Zapier receives for an agent action: snake_case keys, every key always present (null when unknown).
 * The well-known details of a tour (tour_id, slot_id, tour_start) are top-level keys; {@code details} repeats every
 * detail the agent sent, so a new one reaches Zapier without a change here.
 */
public record ZapierActionPayload(
        @JsonProperty("event_id") String eventId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("action") String action,
        @JsonProperty("idempotency_key") String idempotencyKey,
        @JsonProperty("occurred_at") Instant occurredAt,
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("lead_id") String leadId,
        @JsonProperty("lead_name") String leadName,
        @JsonProperty("lead_email") String leadEmail,
        @JsonProperty("lead_phone") String leadPhone,
        @JsonProperty("property_id") String propertyId,
        @JsonProperty("tour_id") String tourId,
        @JsonProperty("slot_id") String slotId,
        @JsonProperty("tour_start") String tourStart,
        @JsonProperty("details") Map<String, String> details) {

    public static ZapierActionPayload of(EventEnvelope<?> envelope, AgentActionData action) {
        Map<String, String> details = action.details() == null ? Map.of() : new TreeMap<>(action.details());
        LeadContact lead = action.lead() != null ? action.lead() : new LeadContact(null, null, null);
        return new ZapierActionPayload(envelope.id(), envelope.type(), action.type(), action.idempotencyKey(),
                action.occurredAt() != null ? action.occurredAt() : envelope.time(),
                action.sessionId() != null ? action.sessionId() : envelope.subject(),
                action.leadId(), lead.name(), lead.email(), lead.phone(), action.propertyId(),
                details.get("tourId"), details.get("slotId"), details.get("start"), details);
    }
}
