package com.leadtolease.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.domain.TourStatus;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class TourLifecycleTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TourRepository tours;
    @Inject
    SlotRepository slots;
    @Inject
    ObjectMapper mapper;

    Property property;
    TourSlot first;
    TourSlot second;
    String tourId;

    @BeforeEach
    void bookATour() {
        property = fixtures.property();
        first = fixtures.slotInDays(property, 3, 10);
        second = fixtures.slotInDays(property, 4, 15);
        tourId = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(first, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201).extract().path("id");
    }

    @Test
    void rescheduleMovesTheClaimBumpsTheSequenceAndPublishesTheOldStart() throws Exception {
        String previousStart = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("slotId", second.id))
                .when().patch("/api/tours/" + tourId)
                .then().statusCode(200)
                .body("status", equalTo("rescheduled"))
                .body("slotId", equalTo(second.id))
                .body("sequence", equalTo(1))
                .extract().path("previousStart");
        assertThat(OffsetDateTime.parse(previousStart).toInstant()).isEqualTo(first.start);

        Tour stored = tours.findById(tourId);
        assertThat(stored.status).isEqualTo(TourStatus.RESCHEDULED);
        assertThat(stored.start).isEqualTo(second.start);
        assertThat(stored.previousStart).isEqualTo(first.start);
        assertThat(slots.findById(first.id).claims).isEmpty();
        assertThat(slots.findById(first.id).remaining).isEqualTo(1);
        assertThat(slots.findById(second.id).claims).extracting(claim -> claim.tourId).containsExactly(tourId);
        assertThat(slots.findById(second.id).remaining).isZero();

        JsonNode event = mapper.readTree(PublishedEvents.awaitEvents(tourId, EventTypes.TOUR_RESCHEDULED, 1).get(0).value());
        assertThat(event.get("status").asText()).isEqualTo("rescheduled");
        assertThat(event.get("sequence").asInt()).isEqualTo(1);
        assertThat(Instant.parse(event.get("start").asText())).isEqualTo(second.start);
        assertThat(Instant.parse(event.get("previousStart").asText())).isEqualTo(first.start);
    }

    @Test
    void rescheduleToATakenSlotAnswers409AndChangesNothing() {
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(second, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201);

        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("slotId", second.id))
                .when().patch("/api/tours/" + tourId)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("nextFreeSlots", hasSize(0));

        Tour stored = tours.findById(tourId);
        assertThat(stored.slotId).isEqualTo(first.id);
        assertThat(stored.sequence).isZero();
        assertThat(slots.findById(first.id).claims).extracting(claim -> claim.tourId).containsExactly(tourId);
        assertThat(slots.findById(second.id).claims).hasSize(1).noneMatch(claim -> claim.tourId.equals(tourId));
    }

    @Test
    void rescheduleToTheCurrentSlotChangesNothing() {
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("slotId", first.id))
                .when().patch("/api/tours/" + tourId)
                .then().statusCode(200).body("sequence", equalTo(0)).body("status", equalTo("scheduled"));
        assertThat(slots.findById(first.id).claims).hasSize(1);
    }

    @Test
    void cancelFreesTheSlotAndCancellingAgainIsHarmless() throws Exception {
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .queryParam("reason", "Found another place").when().delete("/api/tours/" + tourId)
                .then().statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("cancelReason", equalTo("Found another place"))
                .body("sequence", equalTo(1));
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .when().delete("/api/tours/" + tourId)
                .then().statusCode(200).body("status", equalTo("cancelled")).body("sequence", equalTo(1));

        Tour stored = tours.findById(tourId);
        assertThat(stored.status).isEqualTo(TourStatus.CANCELLED);
        assertThat(stored.sequence).isEqualTo(1);
        assertThat(slots.findById(first.id).claims).isEmpty();
        assertThat(slots.findById(first.id).remaining).isEqualTo(1);
        JsonNode event = mapper.readTree(PublishedEvents.awaitEvents(tourId, EventTypes.TOUR_CANCELLED, 1).get(0).value());
        assertThat(event.get("status").asText()).isEqualTo("cancelled");
        await().atMost(Duration.ofSeconds(10)).until(() -> tours.findById(tourId).outbox.isEmpty());
        Thread.sleep(500);
        assertThat(PublishedEvents.forTour(tourId, EventTypes.TOUR_CANCELLED)).hasSize(1);

        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(first, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201);
    }

    @Test
    void cancelledToursCannotBeRescheduledOrGivenAnOutcome() {
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .when().delete("/api/tours/" + tourId).then().statusCode(200);

        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("slotId", second.id))
                .when().patch("/api/tours/" + tourId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("cancelled"));
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("status", "completed"))
                .when().patch("/api/tours/" + tourId)
                .then().statusCode(409);
        assertThat(slots.findById(second.id).claims).isEmpty();
        assertThat(tours.findById(tourId).status).isEqualTo(TourStatus.CANCELLED);
    }

    @Test
    void outcomesAreRecordedOnceTheTourHasStarted() {
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("status", "completed"))
                .when().patch("/api/tours/" + tourId)
                .then().statusCode(409).body("detail", containsString("not started"));

        startedAnHourAgo(tourId);
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("status", "completed"))
                .when().patch("/api/tours/" + tourId)
                .then().statusCode(200).body("status", equalTo("completed")).body("sequence", equalTo(1));
        assertThat(tours.findById(tourId).status).isEqualTo(TourStatus.COMPLETED);
        assertThat(PublishedEvents.awaitEvents(tourId, EventTypes.TOUR_COMPLETED, 1)).hasSize(1);

        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .when().delete("/api/tours/" + tourId).then().statusCode(409);
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("slotId", second.id))
                .when().patch("/api/tours/" + tourId).then().statusCode(409);
        assertThat(tours.findById(tourId).status).isEqualTo(TourStatus.COMPLETED);
    }

    @Test
    void noShowIsAnOutcomeToo() {
        startedAnHourAgo(tourId);
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("status", "no_show"))
                .when().patch("/api/tours/" + tourId)
                .then().statusCode(200).body("status", equalTo("no_show"));
        assertThat(PublishedEvents.awaitEvents(tourId, EventTypes.TOUR_NO_SHOW, 1)).hasSize(1);
        assertThat(tours.findById(tourId).status).isEqualTo(TourStatus.NO_SHOW);
    }

    @Test
    void patchBodiesAreValidated() {
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("slotId", second.id, "status", "completed"))
                .when().patch("/api/tours/" + tourId).then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of())
                .when().patch("/api/tours/" + tourId).then().statusCode(400);
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("status", "cancelled"))
                .when().patch("/api/tours/" + tourId)
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("slotId", "nope"))
                .when().patch("/api/tours/" + tourId)
                .then().statusCode(422).body("errors.field", hasItem("slotId"));
        assertThat(tours.findById(tourId).sequence).isZero();
    }

    @Test
    void unknownToursAre404() {
        String unknown = "/api/tours/" + Fixtures.token();
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_READ))
                .when().get(unknown).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .when().delete(unknown).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("slotId", second.id)).when().patch(unknown).then().statusCode(404);
        assertThat(slots.findById(second.id).claims).isEmpty();
    }

    private void startedAnHourAgo(String id) {
        tours.mongoCollection().updateOne(Filters.eq("_id", id),
                Updates.set("start", Instant.now().minus(Duration.ofHours(1))));
    }
}
