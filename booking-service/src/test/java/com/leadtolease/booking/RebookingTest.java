package com.leadtolease.booking;

import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.domain.TourStatus;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The chat books slot X, cancels, and picks X again: the agent sends the same key (session + slot) both times. */
@QuarkusTest
class RebookingTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TourRepository tours;
    @Inject
    SlotRepository slots;

    @Test
    void theSameKeyAfterACancelBooksANewTourWithItsOwnEvent() {
        PublishedEvents.start();
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 2, 10);
        Map<String, Object> body = Fixtures.booking(slot, Fixtures.email());
        String key = "agent-" + Fixtures.token();

        String first = book(key, body, 201);
        cancel(first);
        String second = book(key, body, 201);

        assertThat(second).isNotEqualTo(first);
        Tour cancelled = tours.findById(first);
        assertThat(cancelled.status).isEqualTo(TourStatus.CANCELLED);
        assertThat(cancelled.idempotencyKey).isNull();
        assertThat(cancelled.releasedIdempotencyKey).isEqualTo(key);
        Tour rebooked = tours.findById(second);
        assertThat(rebooked.status).isEqualTo(TourStatus.SCHEDULED);
        assertThat(rebooked.idempotencyKey).isEqualTo(key);
        assertThat(slots.findById(slot.id).claims).extracting(claim -> claim.tourId).containsExactly(second);
        assertThat(PublishedEvents.awaitEvents(second, EventTypes.TOUR_SCHEDULED, 1)).hasSize(1);
        assertThat(PublishedEvents.awaitEvents(first, EventTypes.TOUR_SCHEDULED, 1)).hasSize(1);
    }

    @Test
    void repeatingTheLiveAttemptReplaysItWithoutANewEvent() {
        PublishedEvents.start();
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 2, 11);
        Map<String, Object> body = Fixtures.booking(slot, Fixtures.email());
        String key = "agent-" + Fixtures.token();
        String first = book(key, body, 201);
        cancel(first);
        String live = book(key, body, 201);
        PublishedEvents.awaitEvents(live, EventTypes.TOUR_SCHEDULED, 1);

        String replayed = book(key, body, 200);

        assertThat(replayed).isEqualTo(live);
        assertThat(tours.count("propertyId", property.id)).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> tours.findById(live).outbox.isEmpty());
        assertThat(tours.findById(live).sequence).isZero();
        assertThat(PublishedEvents.forTour(live, EventTypes.TOUR_SCHEDULED)).hasSize(1);
    }

    @Test
    void aTourMovedAwayFromItsSlotReleasesTheKeyForThatSlot() {
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 2, 12);
        TourSlot later = fixtures.slotInDays(property, 2, 13);
        Map<String, Object> body = Fixtures.booking(slot, Fixtures.email());
        String key = "agent-" + Fixtures.token();
        String moved = book(key, body, 201);
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("slotId", later.id))
                .when().patch("/api/tours/" + moved).then().statusCode(200);

        String rebooked = book(key, body, 201);

        assertThat(rebooked).isNotEqualTo(moved);
        assertThat(tours.findById(moved).slotId).isEqualTo(later.id);
        assertThat(slots.findById(slot.id).claims).extracting(claim -> claim.tourId).containsExactly(rebooked);
    }

    private static String book(String key, Map<String, Object> body, int status) {
        return given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/tours").then().statusCode(status).extract().path("id");
    }

    private static void cancel(String tourId) {
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .when().delete("/api/tours/" + tourId).then().statusCode(200);
    }
}
