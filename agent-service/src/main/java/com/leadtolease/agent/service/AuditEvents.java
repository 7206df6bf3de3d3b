package com.leadtolease.agent.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.agent.AgentActionData;
import com.leadtolease.contracts.audit.AuditRecordData;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.contracts.chat.AgentReplyData;
import com.leadtolease.contracts.chat.ChatInboundData;
import com.leadtolease.contracts.chat.ChatTurnFailedData;
import com.leadtolease.contracts.lead.LeadEmailData;
import com.leadtolease.contracts.lead.LeadEventData;
import com.leadtolease.contracts.notification.DeliveryEventData;
import com.leadtolease.platform.messaging.BadMessage;
import com.leadtolease.text.pii.PiiRedactor;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns one event of any service into its audit entry: who, what, which lead and session, and a one-line summary with
 * emails, phones and addresses replaced by placeholders (the ingestion corpus's redactor) and cut to
 * {@link AuditLog#SUMMARY_CHARS} characters. Lead snapshots (lead.upserted) and erasures (audited by the eraser
 * itself) make no entry.
 */
@ApplicationScoped
public class AuditEvents {

    static final int DETAIL_CHARS = 500;
    private static final String PROSPECT = "prospect";
    private static final String AGENT = "agent";

    private final ObjectMapper json;
    private final PiiRedactor redactor;

    AuditEvents(ObjectMapper json, PiiRedactor redactor) {
        this.json = json;
        this.redactor = redactor;
    }

    public Optional<AuditEntry> entryOf(EventEnvelope<String> event) {
        AuditEntry entry = switch (event.type()) {
            case EventTypes.CHAT_MESSAGE_RECEIVED -> inbound(read(event, ChatInboundData.class));
            case EventTypes.AGENT_REPLIED, EventTypes.HANDOFF_REQUESTED, EventTypes.OPERATOR_REPLIED ->
                    reply(event.type(), read(event, AgentReplyData.class));
            case EventTypes.CHAT_TURN_FAILED -> turnFailed(read(event, ChatTurnFailedData.class));
            case EventTypes.AGENT_ACTION -> action(read(event, AgentActionData.class));
            case EventTypes.TOUR_SCHEDULED, EventTypes.TOUR_RESCHEDULED, EventTypes.TOUR_CANCELLED,
                 EventTypes.TOUR_REMINDER_DUE, EventTypes.TOUR_COMPLETED, EventTypes.TOUR_NO_SHOW ->
                    tour(event.type(), read(event, TourEventData.class));
            case EventTypes.LEAD_STAGE_CHANGED -> stage(read(event, LeadEventData.class));
            case EventTypes.LEAD_EMAIL_REQUESTED -> email(read(event, LeadEmailData.class));
            case EventTypes.NOTIFICATION_DELIVERED, EventTypes.NOTIFICATION_FAILED ->
                    delivery(event.type(), read(event, DeliveryEventData.class));
            case EventTypes.AUDIT_RECORDED -> recorded(read(event, AuditRecordData.class));
            default -> null;
        };
        if (entry == null) {
            return Optional.empty();
        }
        entry.id = AuditLog.idOf(event.id());
        entry.eventId = event.id();
        if (entry.service == null) {
            entry.service = service(event.source());
        }
        if (entry.at == null) {
            entry.at = event.time() == null ? Instant.now() : event.time();
        }
        entry.summary = clean(entry.summary, AuditLog.SUMMARY_CHARS);
        entry.detail = clean(entry.detail, DETAIL_CHARS);
        return Optional.of(entry);
    }

    private AuditEntry inbound(ChatInboundData data) {
        String kind = data.kind() == null ? ChatInboundData.KIND_MESSAGE : data.kind();
        AuditEntry entry = entry(AuditEntry.MESSAGE_IN, kind, data.sessionId(), data.leadId(), PROSPECT);
        entry.summary = switch (kind) {
            case ChatInboundData.KIND_START -> "Chat started" + (data.propertyId() == null ? ""
                    : " about " + data.propertyId());
            case ChatInboundData.KIND_ACTION -> "Action " + data.actionType();
            default -> data.text();
        };
        entry.detail = details(Map.of("messageId", Objects.toString(data.messageId(), ""),
                "channel", Objects.toString(data.channel(), "")));
        return entry;
    }

    private AuditEntry reply(String type, AgentReplyData data) {
        boolean operator = EventTypes.OPERATOR_REPLIED.equals(type);
        AuditEntry entry = entry(AuditEntry.MESSAGE_OUT, nameOf(type), data.sessionId(), null,
                operator ? "operator" : AGENT);
        entry.summary = data.reply();
        entry.detail = details(Map.of("inReplyTo", Objects.toString(data.inReplyTo(), ""),
                "stage", Objects.toString(data.stage(), ""),
                "guardrail", data.guardrail() == null ? "" : Objects.toString(data.guardrail().triggered(), "")));
        return entry;
    }

    private AuditEntry turnFailed(ChatTurnFailedData data) {
        AuditEntry entry = entry(AuditEntry.MESSAGE_OUT, "turn_failed", data.sessionId(), null, AGENT);
        entry.summary = data.title();
        entry.outcome = Integer.toString(data.status());
        entry.detail = details(Map.of("inReplyTo", Objects.toString(data.inReplyTo(), "")));
        return entry;
    }

    private AuditEntry action(AgentActionData data) {
        AuditEntry entry = entry(AuditEntry.ACTION, data.type(), data.sessionId(), data.leadId(), AGENT);
        entry.summary = data.type() + (data.propertyId() == null ? "" : " at " + data.propertyId());
        entry.detail = details(data.details());
        return entry;
    }

    private AuditEntry tour(String type, TourEventData data) {
        AuditEntry entry = entry(AuditEntry.BOOKING, nameOf(type), data.sessionId(), data.leadId(), null);
        entry.summary = "Tour " + nameOf(type).replace('_', ' ') + " at "
                + Objects.toString(data.propertyName(), data.propertyId()) + (data.start() == null ? ""
                : ", " + data.start());
        entry.outcome = data.status();
        entry.detail = details(Map.of("tourId", Objects.toString(data.tourId(), ""),
                "sequence", Integer.toString(data.sequence())));
        return entry;
    }

    private AuditEntry stage(LeadEventData data) {
        AuditEntry entry = entry(AuditEntry.LEAD, "stage_changed", null, data.leadId(), null);
        entry.summary = "Stage " + Objects.toString(data.previousStage(), "none") + " -> " + data.stage();
        entry.detail = details(Map.of("version", Long.toString(data.version())));
        return entry;
    }

    private AuditEntry email(LeadEmailData data) {
        AuditEntry entry = entry(AuditEntry.LEAD, "email_requested", data.sessionId(), data.leadId(), AGENT);
        entry.summary = "Email requested: " + data.kind();
        entry.detail = details(Map.of("emailId", Objects.toString(data.emailId(), "")));
        return entry;
    }

    private AuditEntry delivery(String type, DeliveryEventData data) {
        // The target is an email address or a URL: never stored.
        AuditEntry entry = entry(AuditEntry.NOTIFICATION, nameOf(type), null, null, null);
        entry.summary = data.channel() + " " + data.status() + " after " + data.attempts() + " attempt(s)";
        entry.outcome = data.status();
        entry.detail = details(Map.of("deliveryId", Objects.toString(data.deliveryId(), ""),
                "sourceEventType", Objects.toString(data.sourceEventType(), "")));
        return entry;
    }

    private AuditEntry recorded(AuditRecordData data) {
        if (data.type() == null || data.type().isBlank()) {
            throw new BadMessage("Audit record " + data.auditId() + " has no type");
        }
        AuditEntry entry = entry(data.type(), data.type(), data.sessionId(), data.leadId(), data.actor());
        entry.service = data.service();
        entry.summary = data.summary();
        Map<String, String> details = new TreeMap<>(data.details() == null ? Map.of() : data.details());
        if (data.subjectId() != null) {
            details.put("subject", data.subjectId());
        }
        entry.detail = details(details);
        entry.at = data.occurredAt();
        return entry;
    }

    private static AuditEntry entry(String kind, String name, String sessionId, String leadId, String actor) {
        AuditEntry entry = new AuditEntry();
        entry.kind = kind;
        entry.name = name;
        entry.sessionId = sessionId;
        entry.leadId = leadId;
        entry.actor = actor;
        return entry;
    }

    /** "com.leadtolease.booking.tour.no-show.v1" -> "no_show". */
    static String nameOf(String type) {
        String withoutVersion = type.substring(0, type.lastIndexOf('.'));
        return withoutVersion.substring(withoutVersion.lastIndexOf('.') + 1).replace('-', '_');
    }

    private static String service(String source) {
        return source == null ? null : source.replaceFirst("^/", "");
    }

    private static String details(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        return new TreeMap<>(details).entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String redacted = redactor.redact(text).cleanText().strip().replaceAll("\\s+", " ");
        return redacted.length() <= max ? redacted : redacted.substring(0, max - 1) + "…";
    }

    private <T> T read(EventEnvelope<String> event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            // The parser's message may quote the record (personal data): the location only.
            throw new BadMessage("Event " + event.id() + " is not a " + type.getSimpleName() + " JSON (at "
                    + (e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()) + ")");
        }
    }
}
