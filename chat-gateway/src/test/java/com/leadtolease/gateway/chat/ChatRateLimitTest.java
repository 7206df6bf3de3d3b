package com.leadtolease.gateway.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.service.ChatTokens;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.gateway.BookingServiceStub;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@TestProfile(ChatRateLimitTest.LowLimits.class)
class ChatRateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.chat.rate-limits.ip-sessions-per-minute", "2",
                    "gateway.chat.rate-limits.session-messages-per-minute", "2",
                    "gateway.chat.rate-limits.ip-tours-per-hour", "2",
                    "gateway.chat.rate-limits.client-tours-per-hour", "1");
        }
    }

    @Inject
    Vertx vertx;
    @Inject
    ChatTokens tokens;

    @Test
    void sessionCreationsPerAddressAreLimitedWithA429AndRetryAfterOverWebChatAndRest() {
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").body("{}").when().post("/api/chat/sessions").then().statusCode(201);
        }
        given().contentType("application/json").body("{}").when().post("/api/chat/sessions")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429));
        given().contentType("application/json").body("{\"propertyId\":\"rate-limited\"}").when().post("/api/agent/start")
                .then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"));
        assertThat(KafkaTestClient.readFor(Topics.CHAT_INBOUND, r -> r.value().contains("rate-limited"),
                Duration.ofSeconds(2))).isEmpty();
    }

    /**
     * A script cannot book every slot with invented emails: tours without bookings:write are limited per address,
     * an integration's per client.
     */
    @Test
    void toursBookedWithoutATokenAreLimitedPerAddress() {
        WireMockServer booking = BookingServiceStub.server;
        booking.resetAll();
        booking.stubFor(post(urlEqualTo("/api/tours")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"t-1\",\"status\":\"scheduled\"}")));
        String tour = "{\"propertyId\":\"p1\",\"slotId\":\"p1-1\",\"lead\":{\"name\":\"A\",\"email\":\"a@example.com\"}}";

        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").body(tour).when().post("/api/tours").then().statusCode(201);
        }
        given().contentType("application/json").body(tour).when().post("/api/tours")
                .then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", containsString("tours an hour"));
        booking.verify(2, postRequestedFor(urlEqualTo("/api/tours")));

        // An integration is not held to the address's limit but to its own.
        String integration = TestTokens.bearer(Scopes.BOOKINGS_WRITE);
        given().header("Authorization", integration).contentType("application/json")
                .body(tour).when().post("/api/tours").then().statusCode(201);
        given().header("Authorization", integration).contentType("application/json")
                .body(tour).when().post("/api/tours").then().statusCode(429)
                .body("detail", containsString("This client booked more than 1 tours"));
        booking.verify(3, postRequestedFor(urlEqualTo("/api/tours")));
    }

    @Test
    void messagesPerSessionAreLimitedWithAnErrorFrameCarryingRetryAfter() throws Exception {
        String sessionId = UUID.randomUUID().toString();
        try (ChatClient chat = ChatClient.connect(vertx, sessionId, tokens.issue(sessionId).token())) {
            chat.resume(0);
            chat.message("l-1", "one");
            chat.message("l-2", "two");
            chat.message("l-3", "three");
            List<JsonNode> frames = chat.next(4);
            assertThat(frames).extracting(f -> f.get("type").asText()).containsExactly("ack", "typing", "ack", "error");
            JsonNode limited = frames.get(3);
            assertThat(limited.get("status").asInt()).isEqualTo(429);
            assertThat(limited.get("retryAfter").asLong()).isPositive();
            assertThat(limited.get("messageId").asText()).isEqualTo("l-3");
        }
        assertThat(KafkaTestClient.readFor(Topics.CHAT_INBOUND, r -> sessionId.equals(r.key()), Duration.ofSeconds(2)))
                .extracting(r -> r.value().contains("\"messageId\":\"l-3\"")).containsExactly(false, false);
    }
}
