package com.leadtolease.agent.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.agent.service.ConversationService;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.chat.ChatInboundData;
import com.leadtolease.contracts.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Reads {@code chat.inbound} (key = session id, so one session's messages arrive in order and are handled one at a
 * time) and answers through the same conversation service as the REST API; the reply leaves on {@code chat.outbound}
 * through the turn outbox. Idempotent by message id: a redelivered message finds its turn and is not answered again,
 * so it never books twice. Unreadable records are nacked and land on {@code chat.inbound.dlq}.
 */
@ApplicationScoped
public class ChatInboundConsumer {

    private static final Logger LOG = Logger.getLogger(ChatInboundConsumer.class);

    private final ConversationService conversations;
    private final ObjectMapper json;

    ChatInboundConsumer(ConversationService conversations, ObjectMapper json) {
        this.conversations = conversations;
        this.json = json;
    }

    @Incoming("chat-inbound")
    @Blocking
    public CompletionStage<Void> onMessage(Message<String> message) {
        try {
            String payload = EventEnvelope.from(message).map(EventEnvelope::data).orElse(message.getPayload());
            ChatInboundData data = read(payload);
            if (conversations.alreadyAnswered(data.messageId())) {
                LOG.debugf("Message %s of session %s was answered before; redelivery ignored", data.messageId(),
                        data.sessionId());
                return message.ack();
            }
            handle(data);
            return message.ack();
        } catch (ProblemException e) {
            if (e.problem().status() == 410) {
                LOG.infof("Message for an expired conversation ignored: %s", e.getMessage());
                return message.ack();
            }
            LOG.warnf("Chat message rejected, sending it to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        } catch (RuntimeException e) {
            LOG.warnf("Chat message rejected, sending it to the dead-letter topic: %s", e.toString());
            return message.nack(e);
        }
    }

    private void handle(ChatInboundData data) {
        String kind = data.kind() == null ? ChatInboundData.KIND_MESSAGE : data.kind();
        boolean known = conversations.exists(data.sessionId());
        switch (kind) {
            case ChatInboundData.KIND_START -> {
                if (!known) {
                    conversations.start(data.sessionId(), data.leadId(), data.channel(), data.propertyId(),
                            data.messageId());
                }
            }
            case ChatInboundData.KIND_MESSAGE -> {
                require(data.text(), "text");
                if (!known) {
                    // The gateway may open a session with its first message: open it without a greeting, then answer.
                    conversations.openSilently(data.sessionId(), data.leadId(), data.channel(), data.propertyId());
                }
                conversations.reply(data.sessionId(), data.text(), data.messageId());
            }
            case ChatInboundData.KIND_ACTION -> {
                require(data.actionType(), "actionType");
                conversations.action(data.sessionId(), data.actionType(), data.payload(), data.messageId());
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    private ChatInboundData read(String payload) {
        try {
            ChatInboundData data = json.readValue(payload, ChatInboundData.class);
            require(data.sessionId(), "sessionId");
            require(data.messageId(), "messageId");
            return data;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("chat.inbound record is not a ChatInboundData JSON: "
                    + e.getOriginalMessage());
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("chat.inbound record without " + field);
        }
    }
}
