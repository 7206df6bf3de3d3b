package com.leadtolease.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The web chat as the browser speaks it: a session from {@code POST /api/chat/sessions}, the WebSocket
 * {@code /ws/chat/{id}?token=}, {@code resume}, then {@code start}, {@code message} and {@code action} frames. Like
 * the browser it sends a frame again (same message id) when the gateway could not pass it on (503 error frame), and
 * keeps every reply frame it gets, by seq. Used by the integration tests and the evaluation (eval module).
 */
public final class ChatConversation implements AutoCloseable {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String wsUrl;
    private final String sessionId;
    private final Map<Long, JsonNode> replies = new ConcurrentHashMap<>();
    private final List<JsonNode> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> unacked = new ConcurrentHashMap<>();
    private final Set<String> acked = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ScheduledExecutorService resender =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "chat-resend");
                t.setDaemon(true);
                return t;
            });
    private volatile WebSocket socket;

    private ChatConversation(String gatewayUrl, String sessionId, String token) {
        this.sessionId = sessionId;
        this.wsUrl = gatewayUrl.replaceFirst("^http", "ws") + "/ws/chat/" + sessionId + "?token=" + token;
    }

    /** Opens a session and its socket and sends {@code start}; answers the conversation and the start's id. */
    public static ChatConversation open(GatewayClient anonymous, String gatewayUrl) throws Exception {
        GatewayClient.Reply created = anonymous.postJson("/api/chat/sessions", GatewayClient.JSON.createObjectNode());
        if (created.status() != 201) {
            throw new IllegalStateException("POST /api/chat/sessions: " + created.status() + " " + created.raw());
        }
        ChatConversation chat = new ChatConversation(gatewayUrl, created.body().path("sessionId").asText(),
                created.body().path("token").asText());
        chat.connect();
        chat.frame(GatewayClient.JSON.createObjectNode().put("type", "resume").put("lastSeq", 0));
        return chat;
    }

    public String sessionId() {
        return sessionId;
    }

    public String start() {
        return send(GatewayClient.JSON.createObjectNode().put("type", "start"));
    }

    public String say(String text) {
        return send(GatewayClient.JSON.createObjectNode().put("type", "message").put("text", text));
    }

    public String action(String actionType, Map<String, String> payload) {
        ObjectNode frame = GatewayClient.JSON.createObjectNode().put("type", "action").put("actionType", actionType);
        ObjectNode body = frame.putObject("payload");
        payload.forEach(body::put);
        return send(frame);
    }

    /** Waits until the gateway acknowledged the message (it is on Kafka). */
    public void awaitAck(String messageId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!acked.contains(messageId)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("message " + messageId + " not acknowledged within " + timeout.toSeconds()
                        + " s; frames: " + received);
            }
            Thread.sleep(100);
        }
    }

    /** The reply to a message, waiting up to {@code timeout} for it. */
    public JsonNode awaitReply(String messageId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (JsonNode reply : replies.values()) {
                if (messageId.equals(reply.path("inReplyTo").asText())) {
                    return reply;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no reply to " + messageId + " within " + timeout.toSeconds()
                        + " s; frames so far: " + received);
            }
            Thread.sleep(100);
        }
    }

    /** The reply to a message if it came, else the error frame about it (e.g. 429 past a rate limit), else empty. */
    public java.util.Optional<JsonNode> answerTo(String messageId) {
        for (JsonNode reply : replies.values()) {
            if (messageId.equals(reply.path("inReplyTo").asText())) {
                return java.util.Optional.of(reply);
            }
        }
        synchronized (received) {
            return received.stream().filter(frame -> "error".equals(frame.path("type").asText())
                    && messageId.equals(frame.path("messageId").asText())
                    && frame.path("status").asInt() < 500).findFirst();
        }
    }

    /** How many distinct replies (by seq) each message id got. */
    public Map<String, Integer> repliesPerMessage() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        new TreeMap<>(replies).values().forEach(r -> counts.merge(r.path("inReplyTo").asText(), 1, Integer::sum));
        return counts;
    }

    /** Every reply frame received, in seq order, including the same seq twice if it came twice. */
    public List<JsonNode> frames() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private String send(ObjectNode frame) {
        String id = UUID.randomUUID().toString();
        frame.put("messageId", id);
        String text = frame.toString();
        unacked.put(id, text);
        frame(frame);
        return id;
    }

    private void frame(ObjectNode frame) {
        sendText(frame.toString());
    }

    private synchronized void sendText(String text) {
        try {
            socket.sendText(text, true).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send a chat frame: " + e, e);
        }
    }

    private void connect() throws Exception {
        socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(wsUrl), new Listener()).get(20, TimeUnit.SECONDS);
    }

    private void onFrame(JsonNode frame) {
        switch (frame.path("type").asText()) {
            case "reply" -> {
                received.add(frame);
                replies.putIfAbsent(frame.path("seq").asLong(), frame);
                unacked.remove(frame.path("inReplyTo").asText());
            }
            case "ack" -> {
                acked.add(frame.path("messageId").asText());
                unacked.remove(frame.path("messageId").asText());
            }
            case "error" -> {
                received.add(frame);
                String id = frame.path("messageId").asText(null);
                // "not accepted, please send it again": the browser re-sends the same frame after retryAfter
                if (frame.path("status").asInt() == 503 && id != null && unacked.containsKey(id)) {
                    long after = Math.max(1, frame.path("retryAfter").asLong(2));
                    resender.schedule(() -> {
                        String text = unacked.get(id);
                        if (text != null) {
                            sendText(text);
                        }
                    }, after, TimeUnit.SECONDS);
                }
            }
            default -> {
                // typing on/off
            }
        }
    }

    @Override
    public void close() {
        resender.shutdownNow();
        WebSocket open = socket;
        if (open != null) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    onFrame(GatewayClient.JSON.readTree(text));
                } catch (Exception e) {
                    received.add(GatewayClient.JSON.createObjectNode().put("type", "unreadable").put("text", text));
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
