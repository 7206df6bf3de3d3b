package com.leadtolease.agent.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.agent.service.AuditEvents;
import com.leadtolease.agent.service.AuditLog;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.lead.LeadErasedData;
import com.leadtolease.platform.messaging.BadMessage;
import com.leadtolease.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * The one audit consumer (group {@code agent-service-audit}): reads {@code audit.events} and the business topics that
 * already tell the story — chat.inbound, chat.outbound, agent.actions, bookings.events, leads.events,
 * notifications.events — each on its own channel with its own dead-letter topic, and appends one entry per event to
 * the audit log, idempotent by CloudEvent id. A lead's erasure blanks the summaries of its entries.
 */
@ApplicationScoped
public class AuditConsumer {

    private static final Logger LOG = Logger.getLogger(AuditConsumer.class);

    private final EventConsumer consumer = new EventConsumer(LOG, "Audited event", type -> true);
    private final AuditEvents events;
    private final AuditLog log;
    private final ObjectMapper json;

    AuditConsumer(AuditEvents events, AuditLog log, ObjectMapper json) {
        this.events = events;
        this.log = log;
        this.json = json;
    }

    @Incoming("audit-events")
    @Blocking
    public CompletionStage<Void> onAuditRecord(Message<String> message) {
        return handle(message);
    }

    @Incoming("audit-chat-inbound")
    @Blocking
    public CompletionStage<Void> onChatInbound(Message<String> message) {
        return handle(message);
    }

    @Incoming("audit-chat-outbound")
    @Blocking
    public CompletionStage<Void> onChatOutbound(Message<String> message) {
        return handle(message);
    }

    @Incoming("audit-agent-actions")
    @Blocking
    public CompletionStage<Void> onAgentAction(Message<String> message) {
        return handle(message);
    }

    @Incoming("audit-bookings-events")
    @Blocking
    public CompletionStage<Void> onBookingEvent(Message<String> message) {
        return handle(message);
    }

    @Incoming("audit-leads-events")
    @Blocking
    public CompletionStage<Void> onLeadEvent(Message<String> message) {
        return handle(message);
    }

    @Incoming("audit-notifications-events")
    @Blocking
    public CompletionStage<Void> onNotificationEvent(Message<String> message) {
        return handle(message);
    }

    private CompletionStage<Void> handle(Message<String> message) {
        return consumer.consume(message, this::record);
    }

    private void record(EventEnvelope<String> event) {
        if (EventTypes.LEAD_ERASED.equals(event.type())) {
            LeadErasedData erased = read(event);
            log.eraseSummaries(erased.leadId(), erased.sessionIds());
            return;
        }
        events.entryOf(event).ifPresent(entry -> {
            if (!log.append(entry)) {
                LOG.debugf("Event %s is in the audit log already", event.id());
            }
        });
    }

    private LeadErasedData read(EventEnvelope<String> event) {
        try {
            LeadErasedData data = json.readValue(event.data(), LeadErasedData.class);
            if (data.leadId() == null) {
                throw new BadMessage("Erasure event " + event.id() + " names no lead");
            }
            return data;
        } catch (JsonProcessingException e) {
            throw new BadMessage("Erasure event " + event.id() + " is not a LeadErasedData JSON");
        }
    }
}
