package com.leadtolease.contracts.catalogue;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;

import java.util.List;

/**
 * What DESIGN.md "Kafka topics" says about each topic (key, producer, consumers) and which event types travel on it:
 * the input of {@link AsyncApiGenerator}. {@code AsyncApiDocumentTest} checks it covers {@link Topics} and
 * {@link EventTypes} exactly.
 */
final class TopicCatalogue {

    record Topic(String address, String key, String producer, List<String> consumers, String description,
                 List<String> types) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic(Topics.CHAT_INBOUND, "sessionId", "chat-gateway", List.of("agent-service", "agent-service (audit log)"),
                    "A prospect's chat messages, chat starts and UI actions, in order per session.",
                    List.of(EventTypes.CHAT_MESSAGE_RECEIVED)),
            new Topic(Topics.CHAT_OUTBOUND, "sessionId", "agent-service",
                    List.of("chat-gateway (every instance)", "agent-service (audit log)", "analytics"),
                    "The agent's and operators' replies, hand-offs and refused turns, pushed to the chat.",
                    List.of(EventTypes.AGENT_REPLIED, EventTypes.OPERATOR_REPLIED, EventTypes.HANDOFF_REQUESTED,
                            EventTypes.CHAT_TURN_FAILED)),
            new Topic(Topics.WEBHOOKS_INBOUND, "source id", "chat-gateway", List.of("agent-service"),
                    "Verified inbound webhooks (Zapier, CRM): new leads and lead messages.",
                    List.of(EventTypes.WEBHOOK_LEAD_RECEIVED, EventTypes.WEBHOOK_MESSAGE_RECEIVED)),
            new Topic(Topics.LEADS_EVENTS, "leadId", "agent-service",
                    List.of("notification-service", "every service keeping lead data (lead.erased)",
                            "agent-service (audit log)", "analytics"),
                    "Lead state after every change (event-carried state), emails requested for a lead, erasures.",
                    List.of(EventTypes.LEAD_UPSERTED, EventTypes.LEAD_STAGE_CHANGED, EventTypes.LEAD_EMAIL_REQUESTED,
                            EventTypes.LEAD_ERASED)),
            new Topic(Topics.AGENT_ACTIONS, "sessionId", "agent-service",
                    List.of("notification-service", "agent-service (audit log)", "analytics"),
                    "What the agent did that a CRM may act on: schedule_tour, request_docs, mark_favorite, apply_now.",
                    List.of(EventTypes.AGENT_ACTION)),
            new Topic(Topics.BOOKINGS_EVENTS, "tourId", "booking-service",
                    List.of("notification-service", "agent-service", "agent-service (audit log)", "analytics"),
                    "The whole tour after every change: scheduled, rescheduled, cancelled, reminder due, completed, "
                            + "no-show.",
                    List.of(EventTypes.TOUR_SCHEDULED, EventTypes.TOUR_RESCHEDULED, EventTypes.TOUR_CANCELLED,
                            EventTypes.TOUR_REMINDER_DUE, EventTypes.TOUR_COMPLETED, EventTypes.TOUR_NO_SHOW)),
            new Topic(Topics.THREADS_INGESTED, "threadId", "ingestion-service", List.of("embedding-service"),
                    "Normalized, PII-free historical threads (a large thread in parts).",
                    List.of(EventTypes.THREAD_INGESTED)),
            new Topic(Topics.EMBEDDINGS_EVENTS, "threadId", "embedding-service", List.of("analytics"),
                    "Vectors written for a thread, and re-embedding runs ended.",
                    List.of(EventTypes.EMBEDDINGS_UPSERTED, EventTypes.EMBEDDING_RUN_COMPLETED)),
            new Topic(Topics.NOTIFICATIONS_EVENTS, "deliveryId", "notification-service",
                    List.of("agent-service (audit log)", "analytics"),
                    "The outcome of each delivery attempt (email, webhook).",
                    List.of(EventTypes.NOTIFICATION_DELIVERED, EventTypes.NOTIFICATION_FAILED)),
            new Topic(Topics.AUDIT_EVENTS, "leadId, else sessionId, else subject id", "chat-gateway",
                    List.of("agent-service (audit log)"),
                    "What only one service sees, for the audit log: tokens issued, data exports.",
                    List.of(EventTypes.AUDIT_RECORDED)));

    private TopicCatalogue() {
    }
}
