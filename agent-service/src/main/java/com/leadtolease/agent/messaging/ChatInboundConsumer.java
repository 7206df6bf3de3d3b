package com.leadtolease.agent.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.service.ConversationService;
import com.leadtolease.agent.service.OutboxEvents;
import com.leadtolease.agent.service.TurnLedger;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.chat.ChatActions;
import com.leadtolease.contracts.chat.ChatInboundData;
import com.leadtolease.contracts.chat.ChatTurnFailedData;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.platform.messaging.CloudEventRecords;
import com.leadtolease.platform.messaging.EventConsumer;
import com.leadtolease.platform.messaging.KeyedLanes;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Reads {@code chat.inbound} (key = session id, so one session's messages arrive in order) and answers through the same conversation service as the REST API; the reply leaves on {@code chat.outbound}
 * through the turn outbox. Idempotent by message id: a message that comes again (a redelivery, or the gateway passing
 * on a browser's re-send) finds its turn and is not handled again, so it never books twice; its stored reply event is
 * sent again instead, so whoever waits for it gets it. A message the agent refuses (unknown or expired session,
 * missing text, a conflicting turn: a 4xx problem) is answered on {@code chat.outbound} with a
 * {@code CHAT_TURN_FAILED} event, so the gateway can tell its caller at once instead of timing out. Unreadable records
 * (no session or message id) are nacked and land on {@code chat.inbound.dlq}; a passing failure (Mongo away) is retried
 * in place (platform's {@link EventConsumer}).
 * <p>
 * Turns run in {@link KeyedLanes} keyed by session id: one conversation's messages one after another, different
 * conversations side by side ({@code agent.chat.concurrency}), so a slow model or booking call holds only its own
 * conversation. Records are acknowledged out of order; the throttled commit strategy commits an offset only once every
 * earlier record of its partition is settled.
 */
@ApplicationScoped
public class ChatInboundConsumer {

    private static final Logger LOG = Logger.getLogger(ChatInboundConsumer.class);

    // Settling only: a record without CloudEvent headers is still read here (its payload names the message).
    private final EventConsumer consumer;
    private final ConversationService conversations;
    private final AgentEventRelay relay;
    private final ObjectMapper json;
    private final OutboxEvents events;
    // The relay's emitter (same channel, same configuration, so the same instance). A failure changes no state, so it
    // needs no outbox: if it is lost, the caller times out as it did before.
    private final MutinyEmitter<String> chatOutbound;
    private final KeyedLanes lanes;
    private final Duration drainTimeout;

    ChatInboundConsumer(ConversationService conversations, AgentEventRelay relay, ObjectMapper json, OutboxEvents events,
                        @Channel(AgentEventRelay.CHAT_OUTBOUND) MutinyEmitter<String> chatOutbound,
                        AgentConfig config) {
        this.consumer = new EventConsumer(LOG, "Chat message", config.chat().retryWindow());
        this.conversations = conversations;
        this.relay = relay;
        this.json = json;
        this.events = events;
        this.chatOutbound = chatOutbound;
        this.lanes = new KeyedLanes("chat-turn", config.chat().concurrency(), config.chat().maxInFlight());
        this.drainTimeout = config.chat().drainTimeout();
    }

    /**
     * Only hands the record to its conversation's lane, on a worker thread because it waits there while
     * {@code agent.chat.max-in-flight} turns are unfinished (the connector then stops polling). The returned stage
     * completes once the record is queued, not handled: SmallRye waits for it before passing on the next record.
     */
    @Incoming("chat-inbound")
    @Blocking
    public CompletionStage<Void> onMessage(Message<String> message) {
        try {
            lanes.submit(conversationOf(message), () -> inRequestContext(
                    () -> consumer.settle(message, () -> answer(message))))
                    .whenComplete((settled, failure) -> {
                        if (failure != null) {
                            LOG.warnf("Chat message left unsettled, it is read again after a restart: %s", failure);
                        }
                    });
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Chat message left unsettled while stopping; it is read again after the restart");
        }
        return CompletableFuture.completedFuture(null);
    }

    @PreDestroy
    void drainLanes() {
        if (!lanes.close(drainTimeout)) {
            LOG.warnf("Chat turns still under way after %s were stopped; their messages are read again after the "
                    + "restart", drainTimeout);
        }
    }

    /** The lane key: the record's key (the gateway keys chat.inbound by session id), else the payload's sessionId. */
    private String conversationOf(Message<String> message) {
        Optional<Object> recordKey = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getKey);
        if (recordKey.isPresent()) {
            return recordKey.get().toString();
        }
        try {
            String payload = CloudEventRecords.envelope(message).map(EventEnvelope::data).orElse(message.getPayload());
            JsonNode sessionId = json.readTree(payload).path("sessionId");
            return sessionId.isTextual() ? sessionId.asText() : "";
        } catch (JsonProcessingException | RuntimeException unreadable) {
            return ""; // rejected when handled, in a lane of its own
        }
    }

    /** Turns run on lane threads, outside any request: they get one of their own, as a REST request would. */
    static <T> T inRequestContext(Supplier<T> turn) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return turn.get();
        }
        requestContext.activate();
        try {
            return turn.get();
        } finally {
            requestContext.terminate();
        }
    }

    private CompletionStage<Void> answer(Message<String> message) {
        ChatInboundData data = null;
        try {
            String payload = CloudEventRecords.envelope(message).map(EventEnvelope::data).orElse(message.getPayload());
            data = read(payload);
            Optional<TurnLedger.Answered> answered = conversations.answered(data.sessionId(), data.messageId());
            if (answered.isPresent()) {
                requireSameConversation(answered.get().turn(), data);
                if (!answered.get().replyJustPublished()) {
                    LOG.debugf("Message %s of session %s was answered before; its reply is sent again",
                            data.messageId(), data.sessionId());
                    relay.republishReply(answered.get().turn());
                }
                return message.ack();
            }
            handle(data);
            LOG.infof("Chat message %s of session %s answered", data.messageId(), data.sessionId());
            return message.ack();
        } catch (ProblemException e) {
            Problem problem = e.problem();
            if (data != null && problem.status() >= 400 && problem.status() < 500) {
                LOG.infof("Chat message %s of session %s refused (%d): %s", data.messageId(), data.sessionId(),
                        problem.status(), e.getMessage());
                return publishFailure(data, problem)
                        .handle((sent, error) -> error == null ? message.ack() : message.nack(error))
                        .thenCompose(done -> done);
            }
            LOG.warnf("Chat message rejected, sending it to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }

    /** A message id names one message of one conversation; another conversation's reply is never sent again. */
    private static void requireSameConversation(Turn answered, ChatInboundData data) {
        if (!answered.sessionId.equals(data.sessionId())) {
            throw ProblemException.conflict("Message id " + data.messageId() + " is already taken by another "
                    + "conversation; send the message again with a new id.", Map.of());
        }
    }

    private CompletionStage<Void> publishFailure(ChatInboundData data, Problem problem) {
        ChatTurnFailedData failed = new ChatTurnFailedData(data.sessionId(), data.messageId(), problem.status(),
                problem.title(), problem.detail(), problem.errors());
        EventEnvelope<String> event = EventEnvelope.create(EventTypes.CHAT_TURN_FAILED, OutboxEvents.SOURCE,
                data.sessionId(), events.json(failed));
        return chatOutbound.sendMessage(CloudEventRecords.toMessage(event)).subscribeAsCompletionStage();
    }

    private void handle(ChatInboundData data) {
        String kind = data.kind() == null ? ChatInboundData.KIND_MESSAGE : data.kind();
        switch (kind) {
            case ChatInboundData.KIND_START -> conversations.start(data.sessionId(), data.leadId(), data.channel(),
                    data.propertyId(), data.messageId());
            case ChatInboundData.KIND_MESSAGE -> {
                requireField(data.text(), "text");
                conversations.replyOpeningIfNew(data.sessionId(), data.leadId(), data.channel(), data.propertyId(),
                        data.text(), data.messageId());
            }
            case ChatInboundData.KIND_ACTION -> {
                ChatActions.check("actionType", data.actionType(), data.payload());
                conversations.action(data.sessionId(), data.actionType(), data.payload(), data.messageId());
            }
            default -> throw ProblemException.invalidField("kind", "must be start, message or action");
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

    /** A readable message with a bad field is answered with a 400 failure; see {@link #require} for unreadable ones. */
    private static void requireField(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required");
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("chat.inbound record without " + field);
        }
    }
}
