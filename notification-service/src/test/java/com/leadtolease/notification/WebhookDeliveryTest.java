package com.leadtolease.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.notification.support.InjectWireMock;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.notification.support.Staff;
import com.leadtolease.notification.support.TourEvents;
import com.leadtolease.notification.support.WireMockResource;
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
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** Signed webhooks to a real HTTP receiver (WireMock), retried with backoff, dead-lettered when they keep failing. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "test-only-webhook-secret";

    @InjectWireMock
    WireMockServer receiver;

    @Inject
    ObjectMapper mapper;

    @Test
    void aServerErrorIsRetriedAndTheSecondSignedAttemptIsDelivered() throws Exception {
        String tourId = "tour-" + TourEvents.newId();
        String scenario = "flaky-" + tourId;
        receiver.stubFor(post(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId)))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("try later"))
                .willSetStateTo("recovered"));
        receiver.stubFor(post(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId)))
                .inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(ok()));
        String eventId = TourEvents.newId();
        TourEventData tour = TourEvents.tour(tourId, "scheduled", Instant.parse("2030-05-14T19:00:00Z"), null, 0,
                new LeadContact("Ada Lovelace", null, "+1 512 555 0199"));
        TourEvents.publish(mapper, eventId, EventTypes.TOUR_SCHEDULED, tour);

        JsonPath delivery = awaitWebhookDelivery(tourId, "delivered");
        assertThat(delivery.getInt("attempts")).isEqualTo(2);
        assertThat(delivery.getString("target")).isEqualTo(receiver.baseUrl() + WireMockResource.SCHEDULED_HOOK_PATH);

        List<LoggedRequest> requests = requestsFor(tourId);
        assertThat(requests).hasSize(2);
        for (LoggedRequest request : requests) {
            String timestamp = request.getHeader("X-Lead2Lease-Timestamp");
            assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), within(120L));
            assertThat(request.getHeader("X-Lead2Lease-Signature"))
                    .isEqualTo("sha256=" + hmacSha256Hex(SECRET, timestamp + "." + request.getBodyAsString()));
            assertThat(request.getHeader("X-Lead2Lease-Event-Id")).isEqualTo(eventId);
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = mapper.readValue(requests.get(1).getBodyAsString(), Map.class);
        assertThat(body).containsEntry("event_id", eventId)
                .containsEntry("event_type", EventTypes.TOUR_SCHEDULED)
                .containsEntry("tour_id", tourId)
                .containsEntry("status", "scheduled")
                .containsEntry("property_id", "prop-maple-court")
                .containsEntry("property_name", TourEvents.PROPERTY_NAME)
                .containsEntry("property_address", TourEvents.PROPERTY_ADDRESS)
                .containsEntry("start_utc", "2030-05-14T19:00:00Z")
                .containsEntry("start_local", "2030-05-14T14:00:00-05:00")
                .containsEntry("time_zone", "America/Chicago")
                .containsEntry("lead_name", "Ada Lovelace")
                .containsEntry("lead_email", null)
                .containsEntry("lead_phone", "+1 512 555 0199")
                .containsEntry("tour_type", "in_person")
                .containsEntry("sequence", 0)
                .containsKey("occurred_at");
        assertThat(body.values()).noneMatch(v -> v instanceof Map || v instanceof List);

        ConsumerRecord<String, String> outcome = KafkaTestClient.awaitRecord(Topics.NOTIFICATIONS_EVENTS,
                record -> delivery.getString("deliveryId").equals(record.key()), WAIT);
        assertThat(KafkaTestClient.header(outcome, "ce_type")).contains(EventTypes.NOTIFICATION_DELIVERED);
        assertThat(JsonPath.from(outcome.value()).getInt("attempts")).isEqualTo(2);
    }

    @Test
    void aWebhookThatKeepsFailingEndsFailedOnTheDeadLetterTopicAndIsReported() {
        String tourId = "tour-" + TourEvents.newId();
        receiver.stubFor(post(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId)))
                .willReturn(aResponse().withStatus(500).withBody("Zap is broken")));
        String eventId = TourEvents.newId();
        TourEventData tour = TourEvents.tour(tourId, "scheduled", Instant.parse("2030-06-01T15:00:00Z"), null, 0,
                new LeadContact("Grace", null, null));
        String originalJson = TourEvents.publish(mapper, eventId, EventTypes.TOUR_SCHEDULED, tour);

        // Retried for the test profile's window (notification.retry.window, 6 s), then failed.
        JsonPath delivery = awaitWebhookDelivery(tourId, "failed");
        String deliveryId = delivery.getString("deliveryId");
        int attempts = delivery.getInt("attempts");
        assertThat(attempts).isGreaterThanOrEqualTo(3);
        assertThat(delivery.getString("lastError")).contains("HTTP 500", "Zap is broken", "gave up after " + attempts
                + " attempt(s): the retry window of PT6S is spent");
        assertThat(delivery.getString("nextAttemptAt")).isNull();
        assertThat(Duration.between(Instant.parse(delivery.getString("firstAttemptAt")),
                Instant.parse(delivery.getString("updatedAt")))).isGreaterThanOrEqualTo(Duration.ofSeconds(6));
        assertThat(requestsFor(tourId)).hasSize(attempts);

        ConsumerRecord<String, String> deadLetter = KafkaTestClient.awaitRecord(Topics.deadLetter(Topics.BOOKINGS_EVENTS),
                KafkaTestClient.withHeader("dead-letter-delivery-id", deliveryId), WAIT);
        assertThat(deadLetter.key()).isEqualTo(tourId);
        assertThat(deadLetter.value()).isEqualTo(originalJson);
        assertThat(KafkaTestClient.header(deadLetter, "ce_id")).contains(eventId);
        assertThat(KafkaTestClient.header(deadLetter, "ce_type")).contains(EventTypes.TOUR_SCHEDULED);
        assertThat(KafkaTestClient.header(deadLetter, "ce_source")).contains("/booking-service");
        assertThat(KafkaTestClient.header(deadLetter, "ce_subject")).contains(tourId);
        assertThat(KafkaTestClient.header(deadLetter, "dead-letter-reason")).hasValueSatisfying(r -> assertThat(r).contains("HTTP 500"));

        ConsumerRecord<String, String> failed = KafkaTestClient.awaitRecord(Topics.NOTIFICATIONS_EVENTS,
                record -> deliveryId.equals(record.key()), WAIT);
        assertThat(KafkaTestClient.header(failed, "ce_type")).contains(EventTypes.NOTIFICATION_FAILED);
        JsonPath data = JsonPath.from(failed.value());
        assertThat(data.getString("status")).isEqualTo("failed");
        assertThat(data.getString("channel")).isEqualTo("webhook");
        assertThat(data.getInt("attempts")).isEqualTo(attempts);
        assertThat(data.getString("lastError")).contains("HTTP 500");
        assertThat(data.getString("sourceEventId")).isEqualTo(eventId);

        // Once the receiver is fixed, staff can send the failed delivery again.
        receiver.stubFor(post(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH)).atPriority(0)
                .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId))).willReturn(ok()));
        Staff.admin().when().post("/api/notifications/deliveries/" + deliveryId + "/retry")
                .then().statusCode(202);
        JsonPath retried = awaitWebhookDelivery(tourId, "delivered");
        assertThat(retried.getInt("attempts")).isEqualTo(1);
        Staff.admin().when().post("/api/notifications/deliveries/" + deliveryId + "/retry")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aClientErrorOtherThan429FailsAtOnceWithoutRetrying() {
        String tourId = "tour-" + TourEvents.newId();
        receiver.stubFor(post(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId)))
                .willReturn(aResponse().withStatus(410).withBody("hook deleted")));
        TourEventData tour = TourEvents.tour(tourId, "scheduled", Instant.parse("2030-06-02T15:00:00Z"), null, 0, null);
        TourEvents.publish(mapper, TourEvents.newId(), EventTypes.TOUR_SCHEDULED, tour);

        JsonPath delivery = awaitWebhookDelivery(tourId, "failed");
        assertThat(delivery.getInt("attempts")).isEqualTo(1);
        assertThat(delivery.getString("lastError")).contains("HTTP 410", "hook deleted", "not retried");
        assertThat(requestsFor(tourId)).hasSize(1);
    }

    private List<LoggedRequest> requestsFor(String tourId) {
        return receiver.findAll(postRequestedFor(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH))
                .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId))));
    }

    private static JsonPath awaitWebhookDelivery(String tourId, String status) {
        await().atMost(WAIT).until(() -> Staff.console().queryParam("tourId", tourId).queryParam("channel", "webhook")
                .queryParam("status", status).when().get("/api/notifications/deliveries")
                .then().statusCode(200).extract().jsonPath().getInt("total"), total -> total == 1);
        String id = Staff.console().queryParam("tourId", tourId).queryParam("channel", "webhook")
                .when().get("/api/notifications/deliveries").then().extract().jsonPath().getString("items[0].deliveryId");
        return Staff.console().when().get("/api/notifications/deliveries/" + id).then().statusCode(200).extract()
                .jsonPath();
    }

    private static String hmacSha256Hex(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
