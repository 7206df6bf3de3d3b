package com.leadtolease.notification;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.notification.support.Staff;
import com.leadtolease.notification.support.TourEvents;
import com.leadtolease.testing.ServiceSurfaceContract;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ServiceSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/notifications/deliveries", "/api/notifications/deliveries/{id}");
    }

    @Test
    void unknownDeliveryAndBadFiltersAnswerWithProblemDetails() {
        Staff.console().when().get("/api/notifications/deliveries/dlv_nope")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("dlv_nope"));
        Staff.console().queryParam("status", "sent").when().get("/api/notifications/deliveries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("detail", containsString("pending, delivered, failed"));
        Staff.console().queryParam("size", 0).when().get("/api/notifications/deliveries")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnreadableBookingEventGoesToTheDeadLetterTopic() {
        String eventId = TourEvents.newId();
        KafkaTestClient.sendCloudEvent("/booking-service", Topics.BOOKINGS_EVENTS, "tour-poison", eventId, EventTypes.TOUR_SCHEDULED,
                "tour-poison", Instant.now(), "{ this is not json");

        ConsumerRecord<String, String> deadLetter = KafkaTestClient.awaitRecord(Topics.deadLetter(Topics.BOOKINGS_EVENTS),
                KafkaTestClient.withHeader("ce_id", eventId), Duration.ofSeconds(30));
        assertThat(deadLetter.value()).isEqualTo("{ this is not json");
        assertThat(KafkaTestClient.header(deadLetter, "dead-letter-reason"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not a TourEventData"));
        Staff.console().queryParam("tourId", "tour-poison").when().get("/api/notifications/deliveries")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRecordWithoutCloudEventHeadersGoesToTheDeadLetterTopic() {
        String marker = TourEvents.newId();
        KafkaTestClient.send(Topics.BOOKINGS_EVENTS, "tour-headless", "{}", Map.of("marker", marker));

        ConsumerRecord<String, String> deadLetter = KafkaTestClient.awaitRecord(Topics.deadLetter(Topics.BOOKINGS_EVENTS),
                KafkaTestClient.withHeader("marker", marker), Duration.ofSeconds(30));
        assertThat(KafkaTestClient.header(deadLetter, "dead-letter-reason"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("no CloudEvent headers"));
    }
}
