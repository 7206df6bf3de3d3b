package com.leadtolease.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.platform.outbox.OutboxRelay;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TourRepository tours;
    @Inject
    OutboxRelay relay;
    @Inject
    ObjectMapper mapper;

    @AfterEach
    void resumeRelay() {
        relay.resume();
    }

    @Test
    void aChangeCommittedWhileTheRelayIsPausedIsPublishedExactlyOnceAfterResume() throws Exception {
        PublishedEvents.start();
        TourSlot slot = fixtures.slotInDays(fixtures.property(), 5, 10);
        relay.pause();

        String tourId = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(slot, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201).extract().path("id");

        List<OutboxEvent> waiting = tours.findById(tourId).outbox;
        assertThat(waiting).hasSize(1);
        OutboxEvent entry = waiting.get(0);
        assertThat(entry.type).isEqualTo(EventTypes.TOUR_SCHEDULED);
        Thread.sleep(1000); // four relay periods
        assertThat(PublishedEvents.withId(entry.eventId)).isEmpty();
        assertThat(tours.findById(tourId).outbox).hasSize(1);

        relay.resume();

        await().atMost(Duration.ofSeconds(20)).until(() -> !PublishedEvents.withId(entry.eventId).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> tours.findById(tourId).outbox.isEmpty());
        Thread.sleep(1000);
        List<ConsumerRecord<String, String>> records = PublishedEvents.withId(entry.eventId);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).value()).isEqualTo(entry.data);
    }

    @Test
    void everyChangePublishesItsTypeWithCloudEventHeadersKeyedByTour() throws Exception {
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 5, 11);
        TourSlot later = fixtures.slotInDays(property, 5, 12);
        String tourId = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(slot, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("slotId", later.id))
                .when().patch("/api/tours/" + tourId).then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .when().delete("/api/tours/" + tourId).then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> PublishedEvents.forTour(tourId).size() >= 3);
        List<ConsumerRecord<String, String>> records = PublishedEvents.forTour(tourId);
        assertThat(records).extracting(record -> PublishedEvents.header(record, "ce_type"))
                .containsExactly(EventTypes.TOUR_SCHEDULED, EventTypes.TOUR_RESCHEDULED, EventTypes.TOUR_CANCELLED);
        assertThat(records).extracting(record -> PublishedEvents.header(record, "ce_id")).doesNotHaveDuplicates()
                .doesNotContainNull();
        assertThat(records).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(tourId);
            assertThat(PublishedEvents.header(record, "ce_source")).isEqualTo("/booking-service");
            assertThat(PublishedEvents.header(record, "ce_subject")).isEqualTo(tourId);
            assertThat(PublishedEvents.header(record, "ce_specversion")).isEqualTo("1.0");
        });
        List<Integer> sequences = records.stream().map(record -> sequence(record.value())).toList();
        assertThat(sequences).containsExactly(0, 1, 2);
        JsonNode cancelled = mapper.readTree(records.get(2).value());
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.get("propertyName").asText()).isEqualTo(property.name);
        assertThat(cancelled.get("previousStart").isNull()).isTrue();
    }

    @Test
    void anEventRepublishedAfterACrashKeepsItsId() {
        TourSlot slot = fixtures.slotInDays(fixtures.property(), 5, 13);
        relay.pause();
        String tourId = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(slot, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201).extract().path("id");
        OutboxEvent entry = tours.findById(tourId).outbox.get(0);
        relay.resume();
        await().atMost(Duration.ofSeconds(20)).until(() -> tours.findById(tourId).outbox.isEmpty());

        // As if the relay crashed after Kafka's ack but before removing the entry: it is still in the outbox.
        tours.mongoCollection().updateOne(Filters.eq("_id", tourId), Updates.push("outbox", entry));

        await().atMost(Duration.ofSeconds(20)).until(() -> PublishedEvents.withId(entry.eventId).size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> tours.findById(tourId).outbox.isEmpty());
        assertThat(PublishedEvents.withId(entry.eventId)).extracting(ConsumerRecord::value).containsOnly(entry.data);
    }

    private int sequence(String json) {
        try {
            return mapper.readTree(json).get("sequence").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
