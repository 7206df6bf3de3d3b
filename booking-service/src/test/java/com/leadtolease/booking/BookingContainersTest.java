package com.leadtolease.booking;

import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.domain.TourStatus;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.ContainersProfile;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** booking-service on a real MongoDB replica set (Atlas Local) and Apache Kafka: a booked tour reaches Kafka. */
@Tag(ContainersProfile.TAG)
@Testcontainers(disabledWithoutDocker = true)
@QuarkusTest
@TestProfile(ContainersProfile.class)
class BookingContainersTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Fixtures fixtures;
    @Inject
    TourRepository tours;

    @Test
    void aBookedThenCancelledTourIsRelayedFromTheOutboxToKafkaInOrder() {
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 5, 10);
        String email = Fixtures.email();

        String tourId = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(slot, email))
                .when().post("/api/tours").then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .when().delete("/api/tours/" + tourId).then().statusCode(200);

        List<ConsumerRecord<String, String>> events = KafkaTestClient.awaitRecords(Topics.BOOKINGS_EVENTS,
                record -> tourId.equals(record.key()), 2, WAIT);
        assertThat(events).extracting(record -> KafkaTestClient.header(record, "ce_type").orElseThrow())
                .containsExactly(EventTypes.TOUR_SCHEDULED, EventTypes.TOUR_CANCELLED);
        assertThat(events.get(0).value()).contains(property.id);
        await().atMost(WAIT).until(() -> tours.findById(tourId).outbox.isEmpty());
        Tour stored = tours.findById(tourId);
        assertThat(stored.status).isEqualTo(TourStatus.CANCELLED);
        assertThat(stored.slotId).isEqualTo(slot.id);
    }
}
