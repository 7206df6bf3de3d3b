package com.leadtolease.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.domain.TourStatus;
import com.leadtolease.booking.domain.TourType;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class TourBookingTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TourRepository tours;
    @Inject
    SlotRepository slots;
    @Inject
    ObjectMapper mapper;

    @Test
    void bookingStoresTheTourClaimsTheSlotAndPublishesTourScheduled() throws Exception {
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 2, 10);
        String email = Fixtures.email();
        Map<String, Object> body = Fixtures.booking(slot, email.toUpperCase());
        body.put("notes", "Interested in the corner unit");
        body.put("unitId", "U1");
        body.put("sessionId", "session-1");

        Response response = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/tours")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("status", equalTo("scheduled"))
                .body("tourType", equalTo("in_person"))
                .body("propertyId", equalTo(property.id))
                .body("propertyName", equalTo(property.name))
                .body("slotId", equalTo(slot.id))
                .body("timeZone", equalTo("America/Chicago"))
                .body("lead.email", equalTo(email))
                .body("sequence", equalTo(0))
                .extract().response();
        String tourId = response.path("id");
        assertThat(response.header("Location")).endsWith("/api/tours/" + tourId);
        assertThat((String) response.path("start")).endsWith("-06:00");
        assertThat(OffsetDateTime.parse(response.path("start")).toInstant()).isEqualTo(slot.start);
        assertThat(OffsetDateTime.parse(response.path("end")).toInstant()).isEqualTo(slot.end);

        Tour stored = tours.findById(tourId);
        assertThat(stored.status).isEqualTo(TourStatus.SCHEDULED);
        assertThat(stored.start).isEqualTo(slot.start);
        assertThat(stored.lead.email).isEqualTo(email);
        assertThat(stored.unitId).isEqualTo("U1");
        TourSlot claimed = slots.findById(slot.id);
        assertThat(claimed.remaining).isZero();
        assertThat(claimed.claims).extracting(claim -> claim.tourId).containsExactly(tourId);

        ConsumerRecord<String, String> event = PublishedEvents.awaitEvents(tourId, EventTypes.TOUR_SCHEDULED, 1).get(0);
        JsonNode data = mapper.readTree(event.value());
        assertThat(data.get("tourId").asText()).isEqualTo(tourId);
        assertThat(data.get("status").asText()).isEqualTo("scheduled");
        assertThat(data.get("lead").get("email").asText()).isEqualTo(email);
        assertThat(data.get("notes").asText()).isEqualTo("Interested in the corner unit");
        await().atMost(Duration.ofSeconds(10)).until(() -> tours.findById(tourId).outbox.isEmpty());

        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_READ))
                .when().get("/api/tours/" + tourId).then().statusCode(200).body("id", equalTo(tourId))
                .body("notes", equalTo("Interested in the corner unit"));
    }

    @Test
    void selfGuidedToursKeepTheirType() {
        TourSlot slot = fixtures.slotInDays(fixtures.property(), 3, 11);
        Map<String, Object> body = Fixtures.booking(slot, Fixtures.email());
        body.put("tourType", "self_guided");

        String tourId = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(body).when().post("/api/tours")
                .then().statusCode(201).body("tourType", equalTo("self_guided")).extract().path("id");

        assertThat(tours.findById(tourId).tourType).isEqualTo(TourType.SELF_GUIDED);
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheSameTourAndBooksOnce() {
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 2, 14);
        Map<String, Object> body = Fixtures.booking(slot, Fixtures.email());
        String key = "key-" + Fixtures.token();

        String first = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/tours").then().statusCode(201).extract().path("id");
        String second = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/tours").then().statusCode(200)
                .header("Location", endsWith("/api/tours/" + first))
                .extract().path("id");

        assertThat(second).isEqualTo(first);
        assertThat(tours.count("propertyId", property.id)).isEqualTo(1);
        assertThat(slots.findById(slot.id).claims).hasSize(1);
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsRejected() {
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 2, 15);
        TourSlot other = fixtures.slotInDays(property, 2, 16);
        String key = "key-" + Fixtures.token();
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(Fixtures.booking(slot, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201);

        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(Fixtures.booking(other, Fixtures.email()))
                .when().post("/api/tours")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));

        assertThat(tours.count("propertyId", property.id)).isEqualTo(1);
        assertThat(slots.findById(other.id).claims).isEmpty();
    }

    @Test
    void aTakenSlotAnswers409WithTheNextFreeSlots() {
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 2, 9);
        TourSlot next1 = fixtures.slotInDays(property, 2, 10);
        TourSlot next2 = fixtures.slotInDays(property, 2, 11);
        fixtures.slotInDays(property, 3, 9);
        TourSlot next3 = fixtures.slotInDays(property, 2, 12);
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(slot, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201);
        String loser = Fixtures.email();

        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(slot, loser))
                .when().post("/api/tours")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("nextFreeSlots", hasSize(3))
                .body("nextFreeSlots.slotId", equalTo(List.of(next1.id, next2.id, next3.id)))
                .body("nextFreeSlots[0].remaining", equalTo(1));

        assertThat(tours.count("lead.email", loser)).isZero();
        assertThat(slots.findById(slot.id).claims).hasSize(1);
    }

    @Test
    void aKeyWhoseAttemptFoundTheSlotTakenCanBeRetriedOnceTheSlotIsFree() {
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 2, 17);
        String holder = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(slot, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201).extract().path("id");
        Map<String, Object> body = Fixtures.booking(slot, Fixtures.email());
        String key = "key-" + Fixtures.token();
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/tours").then().statusCode(409);
        assertThat(tours.findByIdempotencyKey(key)).isEmpty();

        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .when().delete("/api/tours/" + holder).then().statusCode(200);

        String retried = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/tours").then().statusCode(201).extract().path("id");
        assertThat(slots.findById(slot.id).claims).extracting(claim -> claim.tourId).containsExactly(retried);
    }

    @Test
    void toursCanBeListedByEmailAndProperty() {
        Property property = fixtures.property();
        String email = Fixtures.email();
        TourSlot later = fixtures.slotInDays(property, 4, 10);
        TourSlot sooner = fixtures.slotInDays(property, 3, 10);
        String laterId = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(later, email))
                .when().post("/api/tours").then().statusCode(201).extract().path("id");
        String soonerId = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(sooner, email))
                .when().post("/api/tours").then().statusCode(201).extract().path("id");

        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_READ))
                .queryParam("email", email.toUpperCase()).when().get("/api/tours")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(soonerId, laterId)));
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_READ))
                .queryParam("propertyId", property.id).queryParam("size", 1).when().get("/api/tours")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(soonerId)));
    }
}
