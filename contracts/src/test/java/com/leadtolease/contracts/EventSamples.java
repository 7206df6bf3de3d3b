package com.leadtolease.contracts;

import com.leadtolease.contracts.agent.AgentActionData;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.contracts.chat.AgentReplyData;
import com.leadtolease.contracts.chat.ChatInboundData;
import com.leadtolease.contracts.chat.ChatTurnFailedData;
import com.leadtolease.contracts.chat.GuardrailData;
import com.leadtolease.contracts.embedding.EmbeddingRunCompletedData;
import com.leadtolease.contracts.embedding.EmbeddingsUpsertedData;
import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.contracts.lead.LeadEmailData;
import com.leadtolease.contracts.audit.AuditRecordData;
import com.leadtolease.contracts.lead.LeadErasedData;
import com.leadtolease.contracts.lead.LeadEventData;
import com.leadtolease.contracts.webhook.WebhookLeadData;
import com.leadtolease.contracts.webhook.WebhookMessageData;
import com.leadtolease.contracts.notification.DeliveryEventData;
import com.leadtolease.contracts.problem.Problem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One payload per event type, once with every field set and once with every optional field left out. */
final class EventSamples {

    record Sample(String type, String name, Object data) {
        @Override
        public String toString() {
            return name + " as " + type;
        }
    }

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final LeadContact LEAD = new LeadContact("Ana Ruiz", "ana@example.com", "+15550100");

    private EventSamples() {
    }

    static List<Sample> all() {
        TourEventData tour = new TourEventData("tour-1", "SCHEDULED", "in_person", "prop-1", "Maple Court",
                "1 Maple St", "America/New_York", "unit-2", "slot-3", AT, AT.plusSeconds(1800), AT.minusSeconds(86400),
                2, LEAD, "Wheelchair access", "lead-1", "session-1");
        TourEventData bareTour = new TourEventData("tour-1", "CANCELLED", null, "prop-1", null, null, null, null,
                null, AT, AT.plusSeconds(1800), null, 0, null, null, null, null);
        DeliveryEventData delivery = new DeliveryEventData("delivery-1", "event-1", EventTypes.TOUR_SCHEDULED,
                "email", "ana@example.com", "delivered", 1, null);
        ChatInboundData message = new ChatInboundData("session-1", "message-1", ChatInboundData.KIND_ACTION, null,
                "choose_slot", Map.of("slotId", "slot-3"), "web", "prop-1", "lead-1");
        ChatInboundData bareMessage = new ChatInboundData("session-1", "message-2", null, "Hi", null, null, null,
                null, null);
        AgentReplyData reply = new AgentReplyData("session-1", "message-1", "Booked for Monday 10:00.", "touring",
                List.of(Map.of("type", "slot", "slotId", "slot-3")), List.of("Thanks"),
                List.of(Map.of("type", "schedule_tour", "tourId", "tour-1")), new GuardrailData("fair_housing", true));
        AgentReplyData operatorReply = new AgentReplyData("session-1", null, "Hello from the team", "qualifying",
                List.of(), List.of(), List.of(), GuardrailData.NONE);
        ChatTurnFailedData failed = new ChatTurnFailedData("session-1", "message-1", 400, "Invalid input",
                "text: is required", List.of(new Problem.FieldError("text", "is required")));
        ChatTurnFailedData expired = new ChatTurnFailedData("session-1", "message-1", 410, "Gone", "Expired", null);
        LeadEventData lead = new LeadEventData("lead-1", 3, "touring", "qualifying", "Ana Ruiz", "ana@example.com",
                "+15550100", 2400, 2, LocalDate.of(2026, 4, 1), List.of("dog"), List.of("Downtown"),
                List.of("balcony"), true, List.of("session-1"), AT);
        LeadEventData bareLead = new LeadEventData("lead-1", 0, "new", null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), false, List.of(), AT);
        AgentActionData action = new AgentActionData("session-1/tour-1", AgentActionData.SCHEDULE_TOUR, "session-1",
                "lead-1", LEAD, "prop-1", Map.of("tourId", "tour-1", "slotId", "slot-3"), AT);
        AgentActionData bareAction = new AgentActionData("session-1/handoff", AgentActionData.HANDOFF, "session-1",
                null, new LeadContact(null, null, null), null, null, AT);
        ThreadIngestedData thread = new ThreadIngestedData("thread-1", "csv", "threads.csv", "touring", 1, AT, AT,
                "Asked about parking", "sha256:abc", List.of(new ThreadIngestedData.IngestedMessage("m-1", 0,
                "prospect", "Is there parking?", AT, "touring")));
        EmbeddingsUpsertedData upserted = new EmbeddingsUpsertedData("thread-1", "v2", "all-minilm-l6-v2", 384, 1,
                1, "run-1", "event-1", AT);
        EmbeddingRunCompletedData run = new EmbeddingRunCompletedData("run-1", "v2", "v1", "all-minilm-l6-v2", 384,
                "failed", 10, 40, 44, 1200, "model unavailable", AT);
        WebhookLeadData inboundLead = new WebhookLeadData("zapier:abc-1", WebhookLeadData.SOURCE_ZAPIER, "row-17",
                "session-9", LEAD, "prop-1", "Looking for a 2 bed with a cat", 1900, 2, LocalDate.of(2026, 6, 1),
                List.of("cat"), true, AT);
        WebhookLeadData bareInboundLead = new WebhookLeadData("crm:1", WebhookLeadData.SOURCE_CRM, null, "session-9",
                new LeadContact(null, "ana@example.com", null), null, null, null, null, null, null, false, AT);
        WebhookMessageData inboundMessage = new WebhookMessageData("crm:2", WebhookLeadData.SOURCE_CRM, "msg-5",
                null, "ana@example.com", null, "Can I see it Saturday?", AT);
        LeadEmailData invite = new LeadEmailData("email-1", LeadEmailData.KIND_INVITE, "lead-1", "session-9", LEAD,
                "prop-1", "Hi Ana, thanks for asking about Maple Court.", AT);
        LeadErasedData erased = new LeadErasedData("erasure-1", "lead-1", List.of("session-1", "session-9"),
                "crm-client", AT);
        return List.of(
                new Sample(EventTypes.WEBHOOK_LEAD_RECEIVED, "inbound lead", inboundLead),
                new Sample(EventTypes.WEBHOOK_LEAD_RECEIVED, "bare inbound lead", bareInboundLead),
                new Sample(EventTypes.WEBHOOK_MESSAGE_RECEIVED, "inbound message", inboundMessage),
                new Sample(EventTypes.LEAD_EMAIL_REQUESTED, "invite email", invite),
                new Sample(EventTypes.LEAD_ERASED, "erased", erased),
                new Sample(EventTypes.AUDIT_RECORDED, "token issued", new AuditRecordData("audit-1", "chat-gateway",
                        AuditRecordData.TYPE_TOKEN_ISSUED, "crm-client", null, null, "crm-client",
                        "Token issued to client crm-client", Map.of("scopes", "leads:read"), AT)),
                new Sample(EventTypes.AUDIT_RECORDED, "bare audit record", new AuditRecordData("audit-2",
                        "agent-service", "tool_call", null, null, null, null, null, null, AT)),
                new Sample(EventTypes.TOUR_SCHEDULED, "tour", tour),
                new Sample(EventTypes.TOUR_RESCHEDULED, "tour", tour),
                new Sample(EventTypes.TOUR_CANCELLED, "bare tour", bareTour),
                new Sample(EventTypes.TOUR_REMINDER_DUE, "tour", tour),
                new Sample(EventTypes.TOUR_COMPLETED, "tour", tour),
                new Sample(EventTypes.TOUR_NO_SHOW, "bare tour", bareTour),
                new Sample(EventTypes.NOTIFICATION_DELIVERED, "delivery", delivery),
                new Sample(EventTypes.NOTIFICATION_FAILED, "failed delivery", new DeliveryEventData("delivery-1",
                        null, null, "webhook", null, "failed", 5, "HTTP 500")),
                new Sample(EventTypes.CHAT_MESSAGE_RECEIVED, "action", message),
                new Sample(EventTypes.CHAT_MESSAGE_RECEIVED, "bare message", bareMessage),
                new Sample(EventTypes.AGENT_REPLIED, "reply", reply),
                new Sample(EventTypes.HANDOFF_REQUESTED, "reply", reply),
                new Sample(EventTypes.OPERATOR_REPLIED, "operator reply", operatorReply),
                new Sample(EventTypes.CHAT_TURN_FAILED, "failed turn", failed),
                new Sample(EventTypes.CHAT_TURN_FAILED, "expired session", expired),
                new Sample(EventTypes.LEAD_UPSERTED, "lead", lead),
                new Sample(EventTypes.LEAD_STAGE_CHANGED, "bare lead", bareLead),
                new Sample(EventTypes.AGENT_ACTION, "action", action),
                new Sample(EventTypes.AGENT_ACTION, "bare action", bareAction),
                new Sample(EventTypes.THREAD_INGESTED, "thread", thread),
                new Sample(EventTypes.THREAD_INGESTED, "thread part", thread.asPart(2, 3, thread.messages())),
                new Sample(EventTypes.EMBEDDINGS_UPSERTED, "upserted", upserted),
                new Sample(EventTypes.EMBEDDING_RUN_COMPLETED, "run", run));
    }
}
