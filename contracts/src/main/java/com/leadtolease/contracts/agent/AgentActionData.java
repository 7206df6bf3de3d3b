package com.leadtolease.contracts.agent;

import com.leadtolease.contracts.booking.LeadContact;
import java.time.Instant;
import java.util.Map;

/**
 * Payload of {@code agent.actions} (type {@code AGENT_ACTION}, key = session id).
 *
 * @param type           schedule_tour | request_docs | mark_favorite | apply_now | handoff (details.reason: why a person
 *                       is needed; staff answer through agent-service's operator API)
 * @param idempotencyKey the same for every delivery of the same action; consumers act once per key
 * @param lead           the prospect's name, email and phone as known when the action happened (any may be null),
 *                       so a CRM hook can act on it without a lookup
 * @param details        action-specific values, e.g. tourId, slotId, start for schedule_tour
 */
public record AgentActionData(String idempotencyKey, String type, String sessionId, String leadId, LeadContact lead,
                              String propertyId, Map<String, String> details, Instant occurredAt) {

    public static final String SCHEDULE_TOUR = "schedule_tour";
    public static final String REQUEST_DOCS = "request_docs";
    public static final String MARK_FAVORITE = "mark_favorite";
    public static final String APPLY_NOW = "apply_now";
    public static final String HANDOFF = "handoff";
}
