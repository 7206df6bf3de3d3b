package com.leadtolease.devstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One prospect's chat as the browser speaks it: a session from {@code POST /api/chat/sessions}, the WebSocket
 * {@code /ws/chat/{id}?token=}, {@code resume}; then each turn is a frame whose reply ({@code inReplyTo}) is awaited.
 * Counts every reply frame per message id, so a second reply to one message is seen. Public for bench/ChatLatencyBench.java,
 * which runs against the same protocol.
 */
public final class ChatSocket implements WebSocket.Listener, AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TURN_WAIT = Duration.ofSeconds(60);

    /**
     * A turn's reply and how long it took (frame sent → reply frame received); {@code ackNanos} is frame sent → its
     * ack frame received (the reply's time when no ack came first).
     */
    public record Turn(JsonNode reply, long nanos, long ackNanos) {
    }

    private final Map<String, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final Map<String, Long> replyTimes = new ConcurrentHashMap<>();
    private final Map<String, Long> ackTimes = new ConcurrentHashMap<>();
    private final Map<String, Integer> repliesPerMessage = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket webSocket;

    public static ChatSocket open(HttpClient http, URI gateway) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(gateway.resolve("/api/chat/sessions"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("POST /api/chat/sessions answered " + created.statusCode() + ": "
                    + created.body());
        }
        JsonNode session = JSON.readTree(created.body());
        ChatSocket socket = new ChatSocket();
        URI ws = URI.create(gateway.toString().replaceFirst("^http", "ws") + "/ws/chat/"
                + session.path("sessionId").asText() + "?token="
                + URLEncoder.encode(session.path("token").asText(), StandardCharsets.UTF_8));
        socket.webSocket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                .buildAsync(ws, socket).get(30, TimeUnit.SECONDS);
        socket.webSocket.sendText("{\"type\":\"resume\",\"lastSeq\":0}", true).get(30, TimeUnit.SECONDS);
        return socket;
    }

    public static ObjectNode frame(String type) {
        return JSON.createObjectNode().put("type", type).put("messageId", UUID.randomUUID().toString());
    }

    public static ObjectNode message(String text) {
        return frame("message").put("text", text);
    }

    public static ObjectNode action(String actionType, Map<String, String> payload) {
        ObjectNode frame = frame("action").put("actionType", actionType);
        ObjectNode body = frame.putObject("payload");
        payload.forEach(body::put);
        return frame;
    }

    /** Sends the frame and waits for its reply; an error frame or no reply within 60 s throws. */
    public Turn turn(ObjectNode frame) throws Exception {
        String messageId = frame.get("messageId").asText();
        CompletableFuture<JsonNode> reply = replies.computeIfAbsent(messageId, k -> new CompletableFuture<>());
        long sent = System.nanoTime();
        webSocket.sendText(JSON.writeValueAsString(frame), true).get(30, TimeUnit.SECONDS);
        try {
            JsonNode answer = reply.get(TURN_WAIT.toSeconds(), TimeUnit.SECONDS);
            long replied = replyTimes.get(messageId);
            // frames arrive in order, so an ack sent before the reply is recorded by now
            return new Turn(answer, replied - sent, ackTimes.getOrDefault(messageId, replied) - sent);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no reply to a " + frame.path("type").asText() + " frame within "
                    + TURN_WAIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage());
        }
    }

    /** Message ids that got more than one reply frame so far. */
    public long messagesRepliedTwice() {
        return repliesPerMessage.values().stream().filter(n -> n > 1).count();
    }

    @Override
    public void close() {
        webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        long now = System.nanoTime();
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            onFrame(text, now);
        }
        ws.request(1);
        return null;
    }

    private void onFrame(String text, long now) {
        JsonNode frame;
        try {
            frame = JSON.readTree(text);
        } catch (Exception e) {
            return;
        }
        switch (frame.path("type").asText()) {
            case "ack" -> {
                String messageId = frame.path("messageId").asText(null);
                if (messageId != null) {
                    ackTimes.putIfAbsent(messageId, now);
                }
            }
            case "reply" -> {
                String inReplyTo = frame.path("inReplyTo").asText(null);
                if (inReplyTo != null) {
                    repliesPerMessage.merge(inReplyTo, 1, Integer::sum);
                    replyTimes.putIfAbsent(inReplyTo, now);
                    replies.computeIfAbsent(inReplyTo, k -> new CompletableFuture<>()).complete(frame);
                }
            }
            case "error" -> {
                String messageId = frame.path("messageId").asText(null);
                if (messageId != null) {
                    replies.computeIfAbsent(messageId, k -> new CompletableFuture<>()).completeExceptionally(
                            new IllegalStateException("error frame " + frame.path("status").asInt() + " "
                                    + frame.path("title").asText()));
                }
            }
            default -> {
                // typing
            }
        }
    }
}
