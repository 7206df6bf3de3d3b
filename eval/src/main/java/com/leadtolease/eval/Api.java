package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadtolease.devstack.ChatConversation;
import com.leadtolease.devstack.GatewayClient;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The public API as the evaluation uses it: a signed-in client holding every scope (the local stack's dev-admin, or
 * the caller's token) for parsing, REST turns, tours, availability and leads with PII; the anonymous web chat for
 * the personas. Rate-limited calls (429) wait and try again, so a shared stack with default limits works too.
 */
public final class Api {

    private static final int ATTEMPTS = 12;
    private static final Duration RATE_LIMIT_WAIT = Duration.ofSeconds(6);

    private final String gatewayUrl;
    private final GatewayClient anonymous;
    private final GatewayClient client;

    public Api(String gatewayUrl, GatewayClient client) {
        this.gatewayUrl = gatewayUrl;
        this.anonymous = new GatewayClient(gatewayUrl);
        this.client = client;
    }

    /** A new web chat (session, socket, resume), waiting out the per-address session limit. */
    public ChatConversation openChat() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return ChatConversation.open(anonymous, gatewayUrl);
            } catch (IllegalStateException e) {
                if (attempt >= ATTEMPTS || !String.valueOf(e.getMessage()).contains(": 429 ")) {
                    throw e;
                }
                Thread.sleep(RATE_LIMIT_WAIT.toMillis());
            }
        }
    }

    public JsonNode parseInquiry(String text, String receivedAt) throws IOException, InterruptedException {
        ObjectNode body = GatewayClient.JSON.createObjectNode().put("text", text);
        if (receivedAt != null) {
            body.put("receivedAt", receivedAt);
        }
        return require(post("/api/leads/parse-inquiry", body), "parse-inquiry");
    }

    /** A fresh REST conversation (about {@code propertyId} when given) and one message in it: the message's reply. */
    public JsonNode askInFreshSession(String propertyId, String text) throws IOException, InterruptedException {
        ObjectNode start = GatewayClient.JSON.createObjectNode().put("channel", "web");
        if (propertyId != null) {
            start.put("propertyId", propertyId);
        }
        JsonNode session = require(post("/api/agent/start", start), "agent start");
        return require(post("/api/agent/reply", GatewayClient.JSON.createObjectNode()
                .put("sessionId", session.path("sessionId").asText()).put("text", text)), "agent reply");
    }

    /** Free slots of a property on one day (booking-service's availability). */
    public JsonNode availability(String propertyId, String day) throws IOException, InterruptedException {
        return require(get("/api/properties/" + propertyId + "/availability?from=" + day + "&to=" + day),
                "availability of " + propertyId);
    }

    public Optional<JsonNode> tour(String tourId) throws IOException, InterruptedException {
        GatewayClient.Reply tour = get("/api/tours/" + tourId);
        return tour.status() == 200 ? Optional.of(tour.body()) : Optional.empty();
    }

    /** The lead a chat session belongs to, among the leads changed since {@code since} (with PII). */
    public Optional<JsonNode> leadOfSession(String sessionId, Instant since) throws IOException, InterruptedException {
        String cursor = null;
        do {
            String path = "/api/leads?limit=100&updatedSince=" + since
                    + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
            JsonNode page = require(get(path), "leads");
            for (JsonNode lead : page.path("leads")) {
                for (JsonNode id : lead.path("sessionIds")) {
                    if (sessionId.equals(id.asText())) {
                        return Optional.of(lead);
                    }
                }
            }
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return Optional.empty();
    }

    private GatewayClient.Reply post(String path, JsonNode body) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            GatewayClient.Reply reply = client.postJson(path, body);
            if (reply.status() != 429 || attempt >= ATTEMPTS) {
                return reply;
            }
            Thread.sleep(RATE_LIMIT_WAIT.toMillis());
        }
    }

    private GatewayClient.Reply get(String path) throws IOException, InterruptedException {
        return client.get(path);
    }

    private static JsonNode require(GatewayClient.Reply reply, String what) {
        if (reply.status() != 200 && reply.status() != 201) {
            throw new IllegalStateException(what + ": HTTP " + reply.status() + " "
                    + reply.raw().substring(0, Math.min(200, reply.raw().length())));
        }
        return reply.body();
    }
}
