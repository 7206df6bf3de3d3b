package com.leadtolease.gateway.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.lead.LeadErasedData;
import com.leadtolease.gateway.config.LeadsConfig;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.repository.ReplyLog;
import com.leadtolease.platform.messaging.EventPayloads;
import com.leadtolease.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Reads {@code leads.events} and, for LEAD_ERASED, deletes the gateway's copies of the lead's conversations: the chat
 * sessions and their reply log (which holds the message text). Deleting again what is gone changes nothing, so a
 * repeated erasure is harmless; other types are skipped. Unreadable records go to {@code leads.events.dlq}.
 */
@ApplicationScoped
public class LeadErasureConsumer {

    private static final Logger LOG = Logger.getLogger(LeadErasureConsumer.class);

    private final EventConsumer events;
    private final ChatSessionRepository sessions;
    private final ReplyLog replies;
    private final ObjectMapper json;

    LeadErasureConsumer(ChatSessionRepository sessions, ReplyLog replies, ObjectMapper json, LeadsConfig config) {
        this.events = new EventConsumer(LOG, "Lead event", EventTypes.LEAD_ERASED::equals,
                config.erasureRetryWindow());
        this.sessions = sessions;
        this.replies = replies;
        this.json = json;
    }

    @Incoming("leads-events")
    @Blocking
    public CompletionStage<Void> onLeadEvent(Message<String> message) {
        return events.consume(message, this::erase);
    }

    private void erase(EventEnvelope<String> envelope) {
        LeadErasedData erased = EventPayloads.read(json, envelope, LeadErasedData.class);
        List<String> sessionIds = erased.sessionIds();
        if (!sessionIds.isEmpty()) {
            replies.deleteSessions(sessionIds);
            sessions.delete(sessionIds);
        }
        LOG.infof("Erasure %s of lead %s: %d chat sessions deleted", erased.erasureId(), erased.leadId(),
                sessionIds.size());
    }
}
