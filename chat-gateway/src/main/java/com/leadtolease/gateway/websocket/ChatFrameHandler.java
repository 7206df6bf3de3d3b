package com.leadtolease.gateway.websocket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.chat.ChatInboundData;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.service.ChatFrames;
import com.leadtolease.gateway.service.ChatInbound;
import com.leadtolease.gateway.service.ChatInput;
import com.leadtolease.gateway.service.RateLimitExceeded;
import com.leadtolease.gateway.service.RateLimiter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * One browser frame: {@code resume} replays the replies the client misses; {@code start}, {@code message} and
 * {@code action} are checked, rate-limited, put on chat.inbound and acknowledged once Kafka has them. A message the
 * browser sends again after a reconnect is passed on again: the agent handles a message id once and answers a repeat
 * with its first reply, which the reply log already holds, so the browser sees it once.
 */
@ApplicationScoped
public class ChatFrameHandler {

    private static final Logger LOG = Logger.getLogger(ChatFrameHandler.class);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(10);

    private final ChatConnections connections;
    private final ChatFrames frames;
    private final ChatInbound publisher;
    private final ChatSessionRepository sessions;
    private final RateLimiter rateLimiter;
    private final ObjectMapper json;
    private final Tracer tracer;

    ChatFrameHandler(ChatConnections connections, ChatFrames frames, ChatInbound publisher,
                     ChatSessionRepository sessions, RateLimiter rateLimiter, ObjectMapper json, Tracer tracer) {
        this.connections = connections;
        this.frames = frames;
        this.publisher = publisher;
        this.sessions = sessions;
        this.rateLimiter = rateLimiter;
        this.json = json;
        this.tracer = tracer;
    }

    void handle(ChatConnections.Client client, String clientAddress, String text) {
        String messageId = null;
        try {
            JsonNode frame = parse(text);
            String type = ChatInput.optional(frame, "type", 16);
            if ("resume".equals(type)) {
                JsonNode lastSeq = frame.get("lastSeq");
                connections.resume(client, lastSeq == null || !lastSeq.canConvertToLong() ? 0 : lastSeq.asLong());
                return;
            }
            messageId = ChatInput.id(frame, "messageId");
            ChatInboundData data = switch (type == null ? "" : type) {
                case "start" -> start(client.sessionId, messageId, frame);
                case "message" -> ChatInput.message(client.sessionId, messageId, frame);
                case "action" -> ChatInput.action(client.sessionId, messageId, frame, "actionType", json);
                default -> throw ProblemException.invalidField("type", "must be start, message, action or resume");
            };
            connections.assumeResumed(client);
            submit(client, clientAddress, data);
        } catch (ProblemException e) {
            Problem problem = e.problem();
            connections.send(client, frames.error(problem.status(), problem.title(), problem.detail(), null,
                    messageId));
        } catch (RateLimitExceeded e) {
            connections.send(client, frames.error(429, "Too many messages", e.getMessage(), e.retryAfterSeconds(),
                    messageId));
        }
    }

    /**
     * Each browser message starts a trace of its own (the socket's connection is long-lived): chat.inbound carries
     * it to the agent, and from there to booking-service and the reply.
     */
    private void submit(ChatConnections.Client client, String clientAddress, ChatInboundData data) {
        Span span = tracer.spanBuilder("chat message").setNoParent().setSpanKind(SpanKind.SERVER).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            publish(client, clientAddress, data);
        } finally {
            span.end();
        }
    }

    private void publish(ChatConnections.Client client, String clientAddress, ChatInboundData data) {
        rateLimiter.sessionMessage(data.sessionId());
        rateLimiter.addressMessage(clientAddress);
        connections.expect(data.sessionId(), data.messageId());
        try {
            publisher.publish(data).await().atMost(PUBLISH_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warnf("Chat message %s of session %s not published: %s", data.messageId(), data.sessionId(),
                    e.toString());
            connections.dropped(data.sessionId(), data.messageId());
            connections.send(client, frames.error(503, "Message not accepted",
                    "Your message could not be passed on right now; it was not sent. Please send it again.",
                    5L, data.messageId()));
            return;
        }
        LOG.infof("Chat message %s of session %s passed on to the agent", data.messageId(), data.sessionId());
        connections.send(client, frames.ack(data.messageId()));
        connections.accepted(data.sessionId(), data.messageId());
    }

    private ChatInboundData start(String sessionId, String messageId, JsonNode frame) {
        // A browser names no lead and no channel: only the property whose page it is on.
        String propertyId = ChatInput.optional(frame, "propertyId", 100);
        if (propertyId == null) {
            propertyId = sessions.propertyId(sessionId).orElse(null);
        }
        return new ChatInboundData(sessionId, messageId, ChatInboundData.KIND_START, null, null, null, "web",
                propertyId, null);
    }

    private JsonNode parse(String text) {
        try {
            JsonNode frame = json.readTree(text);
            if (frame == null || !frame.isObject()) {
                throw ProblemException.badRequest("A chat frame is a JSON object with a type.");
            }
            return frame;
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("A chat frame must be JSON: " + e.getOriginalMessage());
        }
    }
}
