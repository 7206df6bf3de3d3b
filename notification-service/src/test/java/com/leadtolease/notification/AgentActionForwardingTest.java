package com.leadtolease.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.agent.AgentActionData;
import com.leadtolease.notification.support.AgentActions;
import com.leadtolease.notification.support.InjectWireMock;
import com.leadtolease.notification.support.Staff;
import com.leadtolease.notification.support.TourEvents;
import com.leadtolease.notification.support.WireMockResource;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** agent.actions forwarded to Zapier hooks (WireMock) through the signed, retried, logged webhook deliveries. */
@QuarkusTest
class AgentActionForwardingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "test-only-webhook-secret";

    @InjectWireMock
    WireMockServer receiver;

    @Inject
    ObjectMapper mapper;

    @Test
    void aScheduledTourActionIsOneSignedPostToEachOfItsHooks() throws Exception {
        String sessionId = "session-" + TourEvents.newId();
        AgentActionData action = AgentActions.action(AgentActionData.SCHEDULE_TOUR, sessionId, "prop-maple-court",
                Map.of("tourId", "tour-42", "slotId", "slot-7", "start", "2030-05-14T19:00:00Z"));
        String eventId = TourEvents.newId();
        AgentActions.publish(mapper, eventId, action);

        List<JsonPath> deliveries = awaitDeliveries(sessionId, "delivered", 2);
        assertThat(deliveries).extracting(d -> d.getString("target")).containsExactlyInAnyOrder(
                receiver.baseUrl() + WireMockResource.SCHEDULE_TOUR_HOOK_PATH,
                receiver.baseUrl() + WireMockResource.CRM_SCHEDULE_TOUR_HOOK_PATH);
        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d.getString("channel")).isEqualTo("webhook");
            assertThat(d.getString("actionType")).isEqualTo("schedule_tour");
            assertThat(d.getString("sourceEventId")).isEqualTo(eventId);
            assertThat(d.getString("tourId")).isEqualTo("tour-42");
            assertThat(d.getInt("attempts")).isEqualTo(1);
        });

        List<LoggedRequest> posts = requestsFor(WireMockResource.SCHEDULE_TOUR_HOOK_PATH, action);
        assertThat(posts).hasSize(1);
        assertThat(requestsFor(WireMockResource.CRM_SCHEDULE_TOUR_HOOK_PATH, action)).hasSize(1);
        LoggedRequest post = posts.get(0);
        String timestamp = post.getHeader("X-Lead2Lease-Timestamp");
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), within(120L));
        assertThat(post.getHeader("X-Lead2Lease-Signature"))
                .isEqualTo("sha256=" + hmacSha256Hex(SECRET, timestamp + "." + post.getBodyAsString()));
        assertThat(post.getHeader("X-Lead2Lease-Event-Id")).isEqualTo(eventId);
        assertThat(post.getHeader("X-Lead2Lease-Idempotency-Key")).isEqualTo(action.idempotencyKey());
        assertThat(post.getHeader("X-Lead2Lease-Delivery-Id")).isIn(deliveries.stream()
                .map(d -> d.getString("deliveryId")).toList());
        assertThat(post.getHeader("Content-Type")).startsWith("application/json");

        @SuppressWarnings("unchecked")
        Map<String, Object> body = mapper.readValue(post.getBodyAsString(), Map.class);
        assertThat(body).containsEntry("event_id", eventId)
                .containsEntry("event_type", EventTypes.AGENT_ACTION)
                .containsEntry("action", "schedule_tour")
                .containsEntry("idempotency_key", action.idempotencyKey())
                .containsEntry("occurred_at", "2030-05-02T16:30:00Z")
                .containsEntry("session_id", sessionId)
                .containsEntry("lead_id", "lead-" + sessionId)
                .containsEntry("lead_name", "Ana Ruiz")
                .containsEntry("lead_email", "ana@example.com")
                .containsEntry("lead_phone", "+17135550100")
                .containsEntry("property_id", "prop-maple-court")
                .containsEntry("tour_id", "tour-42")
                .containsEntry("slot_id", "slot-7")
                .containsEntry("tour_start", "2030-05-14T19:00:00Z")
                .containsEntry("details", Map.of("tourId", "tour-42", "slotId", "slot-7",
                        "start", "2030-05-14T19:00:00Z"));

        String deliveryId = post.getHeader("X-Lead2Lease-Delivery-Id");
        ConsumerRecord<String, String> outcome = KafkaTestClient.awaitRecord(Topics.NOTIFICATIONS_EVENTS,
                record -> deliveryId.equals(record.key()), WAIT);
        assertThat(KafkaTestClient.header(outcome, "ce_type")).contains(EventTypes.NOTIFICATION_DELIVERED);
        assertThat(JsonPath.from(outcome.value()).getString("sourceEventType")).isEqualTo(EventTypes.AGENT_ACTION);
    }

    @Test
    void aHandOffTellsTheLeasingTeamsHookWhoNeedsAPersonAndWhy() throws Exception {
        String sessionId = "session-" + TourEvents.newId();
        AgentActionData handoff = AgentActions.action(AgentActionData.HANDOFF, sessionId, null,
                Map.of("reason", "the prospect asked for a person"));
        AgentActions.publish(mapper, TourEvents.newId(), handoff);

        JsonPath delivery = awaitDeliveries(sessionId, "delivered", 1).get(0);
        assertThat(delivery.getString("actionType")).isEqualTo("handoff");
        assertThat(delivery.getString("target")).isEqualTo(receiver.baseUrl() + WireMockResource.HANDOFF_HOOK_PATH);
        List<LoggedRequest> posts = requestsFor(WireMockResource.HANDOFF_HOOK_PATH, handoff);
        assertThat(posts).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = mapper.readValue(posts.get(0).getBodyAsString(), Map.class);
        assertThat(body).containsEntry("action", "handoff").containsEntry("session_id", sessionId)
                .containsEntry("lead_name", "Ana Ruiz").containsEntry("lead_phone", "+17135550100")
                .containsEntry("details", Map.of("reason", "the prospect asked for a person"));
    }

    @Test
    void aRedeliveredOrRepublishedActionIsPostedOnlyOnce() {
        String sessionId = "session-" + TourEvents.newId();
        AgentActionData apply = AgentActions.action(AgentActionData.APPLY_NOW, sessionId, "prop-maple-court", Map.of());
        String eventId = TourEvents.newId();
        AgentActions.publish(mapper, eventId, apply);
        AgentActions.publish(mapper, eventId, apply);
        // agent-service publishing the same action again (a new event, the same idempotency key)
        AgentActions.publish(mapper, TourEvents.newId(), apply);
        // actions nobody subscribed to are not forwarded
        AgentActions.publish(mapper, TourEvents.newId(),
                AgentActions.action(AgentActionData.MARK_FAVORITE, sessionId, "prop-maple-court", Map.of()));
        // same key = same partition: once this later action is delivered, the ones before it have been handled
        AgentActionData marker = AgentActions.action(AgentActionData.APPLY_NOW, sessionId, "prop-cedar-lofts", Map.of());
        String markerEventId = TourEvents.newId();
        AgentActions.publish(mapper, markerEventId, marker);

        // a duplicate delivery would have been recorded before the marker's and attempted before it (oldest first)
        await().atMost(WAIT).until(() -> Staff.console().queryParam("sessionId", sessionId)
                .queryParam("status", "delivered")
                .when().get("/api/notifications/deliveries").then().statusCode(200).extract().jsonPath()
                .getList("items.sourceEventId"), ids -> ids.contains(markerEventId));
        List<JsonPath> deliveries = awaitDeliveries(sessionId, "delivered", 2);
        assertThat(deliveries).extracting(d -> d.getString("actionType")).containsOnly("apply_now");
        assertThat(deliveries).extracting(d -> d.getString("sourceEventId")).containsExactlyInAnyOrder(eventId,
                markerEventId);
        assertThat(Staff.console().queryParam("sessionId", sessionId).when().get("/api/notifications/deliveries")
                .then().statusCode(200).extract().jsonPath().getInt("total")).isEqualTo(2);
        assertThat(requestsFor(WireMockResource.APPLY_NOW_HOOK_PATH, apply)).hasSize(1);
        assertThat(requestsFor(WireMockResource.APPLY_NOW_HOOK_PATH, marker)).hasSize(1);
    }

    @Test
    void aHookThatKeepsFailingIsRetriedThenTheActionGoesToTheDeadLetterTopic() {
        String sessionId = "session-" + TourEvents.newId();
        AgentActionData apply = AgentActions.action(AgentActionData.APPLY_NOW, sessionId, "prop-maple-court", Map.of());
        receiver.stubFor(post(urlEqualTo(WireMockResource.APPLY_NOW_HOOK_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.idempotency_key", equalTo(apply.idempotencyKey())))
                .willReturn(aResponse().withStatus(502).withBody("Zap is down")));
        String eventId = TourEvents.newId();
        String originalJson = AgentActions.publish(mapper, eventId, apply);

        JsonPath delivery = awaitDeliveries(sessionId, "failed", 1).get(0);
        String deliveryId = delivery.getString("deliveryId");
        int attempts = delivery.getInt("attempts");
        assertThat(attempts).isGreaterThanOrEqualTo(3);
        assertThat(delivery.getString("lastError")).contains("HTTP 502", "Zap is down", "the retry window of PT6S is spent");
        assertThat(requestsFor(WireMockResource.APPLY_NOW_HOOK_PATH, apply)).hasSize(attempts);

        ConsumerRecord<String, String> deadLetter = KafkaTestClient.awaitRecord(Topics.deadLetter(Topics.AGENT_ACTIONS),
                KafkaTestClient.withHeader("dead-letter-delivery-id", deliveryId), WAIT);
        assertThat(deadLetter.key()).isEqualTo(sessionId);
        assertThat(deadLetter.value()).isEqualTo(originalJson);
        assertThat(KafkaTestClient.header(deadLetter, "ce_id")).contains(eventId);
        assertThat(KafkaTestClient.header(deadLetter, "ce_type")).contains(EventTypes.AGENT_ACTION);
        assertThat(KafkaTestClient.header(deadLetter, "dead-letter-topic")).contains(Topics.AGENT_ACTIONS);
        assertThat(KafkaTestClient.header(deadLetter, "dead-letter-reason"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("HTTP 502"));

        ConsumerRecord<String, String> failed = KafkaTestClient.awaitRecord(Topics.NOTIFICATIONS_EVENTS,
                record -> deliveryId.equals(record.key()), WAIT);
        assertThat(KafkaTestClient.header(failed, "ce_type")).contains(EventTypes.NOTIFICATION_FAILED);
        assertThat(JsonPath.from(failed.value()).getInt("attempts")).isEqualTo(attempts);
    }

    @Test
    void anUnreadableActionGoesToTheDeadLetterTopic() {
        String eventId = TourEvents.newId();
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.AGENT_ACTIONS, "session-poison", eventId,
                EventTypes.AGENT_ACTION, "session-poison", Instant.now(), "{\"type\":\"apply_now\"}");

        ConsumerRecord<String, String> deadLetter = KafkaTestClient.awaitRecord(Topics.deadLetter(Topics.AGENT_ACTIONS),
                KafkaTestClient.withHeader("ce_id", eventId), WAIT);
        assertThat(deadLetter.value()).isEqualTo("{\"type\":\"apply_now\"}");
        assertThat(KafkaTestClient.header(deadLetter, "dead-letter-reason"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("no idempotencyKey"));
        assertThat(Staff.console().queryParam("sessionId", "session-poison").when().get("/api/notifications/deliveries")
                .then().statusCode(200).extract().jsonPath().getInt("total")).isZero();
    }

    private List<LoggedRequest> requestsFor(String path, AgentActionData action) {
        return receiver.findAll(postRequestedFor(urlEqualTo(path))
                .withRequestBody(matchingJsonPath("$.idempotency_key", equalTo(action.idempotencyKey()))));
    }

    private static List<JsonPath> awaitDeliveries(String sessionId, String status, int count) {
        await().atMost(WAIT).until(() -> Staff.console().queryParam("sessionId", sessionId).queryParam("status", status)
                .when().get("/api/notifications/deliveries")
                .then().statusCode(200).extract().jsonPath().getInt("total"), total -> total == count);
        List<String> ids = Staff.console().queryParam("sessionId", sessionId).queryParam("status", status)
                .when().get("/api/notifications/deliveries").then().extract().jsonPath().getList("items.deliveryId");
        return ids.stream().map(id -> Staff.console().when().get("/api/notifications/deliveries/" + id)
                .then().statusCode(200).extract().jsonPath()).toList();
    }

    private static String hmacSha256Hex(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
