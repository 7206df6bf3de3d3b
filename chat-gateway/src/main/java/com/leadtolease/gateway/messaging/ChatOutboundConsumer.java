package com.leadtolease.gateway.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.chat.AgentReplyData;
import com.leadtolease.contracts.chat.ChatTurnFailedData;
import com.leadtolease.gateway.config.ChatConfig;
import com.leadtolease.gateway.repository.ReplyLog;
import com.leadtolease.gateway.service.ChatFrames;
import com.leadtolease.gateway.service.ConsoleEvents;
import com.leadtolease.gateway.service.LiveSessions;
import com.leadtolease.gateway.service.PendingTurns;
import com.leadtolease.gateway.service.TurnOutcome;
import com.leadtolease.platform.messaging.CloudEventRecords;
import com.leadtolease.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Reads every answer on {@code chat.outbound} (each instance in its own group): a reply is stored once in the
 * session's reply log, then pushed to the session's connections here and handed to a REST caller waiting here;
 * a turn failure goes to both as an error. The consoles connected here hear that the conversation changed. Records that cannot be read go to {@code chat.outbound.dlq}.
 */
@ApplicationScoped
public class ChatOutboundConsumer {

    private static final Logger LOG = Logger.getLogger(ChatOutboundConsumer.class);
    private static final Set<String> REPLY_TYPES = Set.of(EventTypes.AGENT_REPLIED, EventTypes.HANDOFF_REQUESTED,
            EventTypes.OPERATOR_REPLIED);

    // Settling only: a record without CloudEvent headers is acknowledged and skipped here, not dead-lettered.
    private final EventConsumer consumer;

    private final ReplyLog replyLog;
    private final LiveSessions connections;
    private final PendingTurns pending;
    private final ChatFrames frames;
    private final ConsoleEvents consoles;
    private final ObjectMapper json;

    ChatOutboundConsumer(ReplyLog replyLog, LiveSessions connections, PendingTurns pending, ChatFrames frames,
                         ConsoleEvents consoles, ObjectMapper json, ChatConfig config) {
        this.consumer = new EventConsumer(LOG, "chat.outbound event", config.outboundRetryWindow());
        this.replyLog = replyLog;
        this.connections = connections;
        this.pending = pending;
        this.frames = frames;
        this.consoles = consoles;
        this.json = json;
    }

    @Incoming("chat-outbound")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        Optional<EventEnvelope<String>> event = CloudEventRecords.envelope(message);
        if (event.isEmpty()) {
            LOG.warnf("chat.outbound record without CloudEvent headers ignored");
            return message.ack();
        }
        return consumer.settle(message, () -> {
            handle(event.get());
            return message.ack();
        });
    }

    private void handle(EventEnvelope<String> event) {
        if (REPLY_TYPES.contains(event.type())) {
            AgentReplyData reply = read(event.data(), AgentReplyData.class);
            onReply(event.id(), reply);
            consoles.outbound(event.type(), reply.sessionId(), event.time());
        } else if (EventTypes.CHAT_TURN_FAILED.equals(event.type())) {
            onFailure(read(event.data(), ChatTurnFailedData.class));
        }
    }

    private void onReply(String eventId, AgentReplyData reply) {
        require(reply.sessionId(), "sessionId");
        // The agent answers a message id once; an operator's reply may answer none, then its event id keys it.
        String key = reply.inReplyTo() != null ? reply.sessionId() + "/" + reply.inReplyTo() : "event/" + eventId;
        ReplyLog.StoredReply stored = replyLog.append(reply.sessionId(), key, seq -> frames.reply(seq, reply));
        connections.replyStored(reply.sessionId(), reply.inReplyTo(), stored);
        pending.complete(reply.inReplyTo(), new TurnOutcome.Replied(reply));
    }

    private void onFailure(ChatTurnFailedData failure) {
        require(failure.sessionId(), "sessionId");
        connections.turnFailed(failure);
        pending.complete(failure.inReplyTo(), new TurnOutcome.Failed(failure));
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("chat.outbound payload is not a " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("chat.outbound event without " + field);
        }
    }
}
