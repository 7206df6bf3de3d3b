package com.leadtolease.gateway.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser's side of /ws/chat/{sessionId}, on the Vert.x WebSocket client; frames are queued in arrival order. */
final class ChatClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_SECONDS = 15;

    private final WebSocketClient client;
    private final WebSocket socket;
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();

    private ChatClient(WebSocketClient client, WebSocket socket) {
        this.client = client;
        this.socket = socket;
        socket.textMessageHandler(text -> {
            try {
                frames.add(JSON.readTree(text));
            } catch (Exception e) {
                throw new IllegalStateException("Not a JSON frame: " + text, e);
            }
        });
    }

    /** Connects, or throws the failure (an {@code UpgradeRejectedException} when the gateway refuses). */
    static ChatClient connect(Vertx vertx, String sessionId, String token) throws Exception {
        WebSocketClient client = vertx.createWebSocketClient();
        String uri = "/ws/chat/" + sessionId + (token == null ? "" : "?token=" + token);
        try {
            WebSocket socket = client.connect(new WebSocketConnectOptions().setHost("127.0.0.1")
                    .setPort(RestAssured.port).setURI(uri)).toCompletionStage().toCompletableFuture()
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            return new ChatClient(client, socket);
        } catch (java.util.concurrent.ExecutionException e) {
            client.close();
            throw (Exception) e.getCause();
        }
    }

    void send(String frame) {
        socket.writeTextMessage(frame);
    }

    void resume(long lastSeq) {
        send("{\"type\":\"resume\",\"lastSeq\":" + lastSeq + "}");
    }

    void message(String messageId, String text) {
        send(JSON.createObjectNode().put("type", "message").put("messageId", messageId).put("text", text).toString());
    }

    JsonNode next() throws InterruptedException {
        JsonNode frame = frames.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(frame).as("a frame within " + WAIT_SECONDS + " s").isNotNull();
        return frame;
    }

    /** The next {@code count} frames, in order. */
    List<JsonNode> next(int count) throws InterruptedException {
        List<JsonNode> received = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            received.add(next());
        }
        return received;
    }

    /** Frames received so far and not yet taken. */
    List<JsonNode> drain() {
        List<JsonNode> rest = new ArrayList<>();
        frames.drainTo(rest);
        return rest;
    }

    @Override
    public void close() throws Exception {
        socket.close().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        client.close();
    }
}
