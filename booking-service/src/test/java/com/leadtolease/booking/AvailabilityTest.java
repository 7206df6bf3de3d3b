package com.leadtolease.booking;

import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.repository.SlotRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AvailabilityTest {

    @Inject
    Fixtures fixtures;
    @Inject
    SlotRepository slots;

    Property property;
    TourSlot past;
    TourSlot tomorrow;
    TourSlot full;
    TourSlot inTenDays;
    TourSlot inForty;

    @BeforeEach
    void createSlots() {
        property = fixtures.property();
        past = fixtures.slot(property, LocalDateTime.now(property.zone()).minusHours(1).withSecond(0).withNano(0));
        tomorrow = fixtures.slotInDays(property, 1, 10);
        full = fixtures.slotInDays(property, 1, 11);
        slots.claim(full.id, "someone-else", full.start.minusSeconds(86_400));
        inTenDays = fixtures.slotInDays(property, 10, 10);
        inForty = fixtures.slotInDays(property, 40, 10);
    }

    @Test
    void defaultRangeIsTheComingWeekWithFutureFreeSlotsOnly() {
        Response response = given().when().get("/api/properties/" + property.id + "/availability")
                .then().statusCode(200)
                .body("propertyId", equalTo(property.id))
                .body("timeZone", equalTo("America/Chicago"))
                .body("slotMinutes", equalTo(30))
                .extract().response();

        assertThat(response.<List<String>>path("slots.slotId")).containsExactly(tomorrow.id);
        OffsetDateTime start = OffsetDateTime.parse(response.path("slots[0].start"));
        assertThat(start.toInstant()).isEqualTo(tomorrow.start);
        assertThat(start.getOffset()).isEqualTo(property.zone().getRules().getOffset(tomorrow.start));
        assertThat(start.toLocalTime().getHour()).isEqualTo(10);
        assertThat(OffsetDateTime.parse(response.path("slots[0].end")).toInstant()).isEqualTo(tomorrow.end);
        assertThat(response.<Integer>path("slots[0].remaining")).isEqualTo(1);
    }

    @Test
    void explicitRangeIsInclusiveOfBothDays() {
        LocalDate tenDays = LocalDate.now(property.zone()).plusDays(10);
        given().queryParam("from", tenDays.toString()).queryParam("to", tenDays.toString())
                .when().get("/api/properties/" + property.id + "/availability")
                .then().statusCode(200)
                .body("slots.slotId", equalTo(List.of(inTenDays.id)));
        LocalDate today = LocalDate.now(property.zone());
        given().queryParam("from", today.toString()).queryParam("to", today.plusDays(31).toString())
                .when().get("/api/properties/" + property.id + "/availability")
                .then().statusCode(200)
                .body("slots.slotId", equalTo(List.of(tomorrow.id, inTenDays.id)));
    }

    @Test
    void rangesAreValidated() {
        LocalDate today = LocalDate.now(property.zone());
        invalid(today.toString(), today.plusDays(32).toString(), "to");
        invalid(today.toString(), today.minusDays(1).toString(), "to");
        invalid("tomorrow", null, "from");
        given().when().get("/api/properties/nope-" + Fixtures.token() + "/availability")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private void invalid(String from, String to, String field) {
        var request = given().queryParam("from", from);
        if (to != null) {
            request.queryParam("to", to);
        }
        request.when().get("/api/properties/" + property.id + "/availability")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
