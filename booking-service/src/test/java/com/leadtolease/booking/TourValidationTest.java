package com.leadtolease.booking;

import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every rejected booking answers a problem naming the field, and leaves no tour and no claim behind. */
@QuarkusTest
class TourValidationTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TourRepository tours;
    @Inject
    SlotRepository slots;

    Property property;
    TourSlot slot;

    @BeforeEach
    void createSlot() {
        property = fixtures.property();
        slot = fixtures.slotInDays(property, 2, 10);
    }

    @Test
    void missingLeadIsNamed() {
        rejected(body -> body.remove("lead"), 400, "lead");
    }

    @Test
    void missingSlotIdIsNamed() {
        rejected(body -> body.remove("slotId"), 400, "slotId");
    }

    @Test
    void missingLeadNameIsNamed() {
        rejected(body -> lead(body).remove("name"), 400, "lead.name");
    }

    @Test
    void malformedEmailIsNamed() {
        rejected(body -> lead(body).put("email", "jordan.example.com"), 400, "lead.email");
        rejected(body -> lead(body).put("email", "jordan@localhost"), 400, "lead.email");
    }

    @Test
    void implausiblePhonesAreNamed() {
        rejected(body -> lead(body).put("phone", "555-01"), 400, "lead.phone");
        rejected(body -> lead(body).put("phone", "call me maybe"), 400, "lead.phone");
        rejected(body -> lead(body).put("phone", "+1 713 555 0142 1234 5678"), 400, "lead.phone");
    }

    @Test
    void formattedPhonesAreAccepted() {
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(slot, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201);
        TourSlot another = fixtures.slotInDays(property, 2, 11);
        Map<String, Object> body = Fixtures.booking(another, Fixtures.email());
        lead(body).put("phone", "+1.713.555.0142");
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(body).when().post("/api/tours").then().statusCode(201);
    }

    @Test
    void wrongJsonTypesAreNamed() {
        rejected(body -> body.put("propertyId", 42), 400, "propertyId");
        rejected(body -> body.put("lead", "Jordan Rivera"), 400, "lead");
        rejected(body -> body.put("tourType", "walk_in"), 400, "tourType");
        rejected(body -> body.put("tourType", 0), 400, "tourType");
    }

    @Test
    void unknownPropertySlotAndUnitAreNamed() {
        rejected(body -> body.put("propertyId", "no-such-property"), 422, "propertyId");
        rejected(body -> body.put("slotId", property.id + "-209901011000"), 422, "slotId");
        rejected(body -> body.put("unitId", "no-such-unit"), 422, "unitId");
    }

    @Test
    void aSlotOfAnotherPropertyIsRejected() {
        TourSlot foreign = fixtures.slotInDays(fixtures.property(), 2, 10);
        rejected(body -> body.put("slotId", foreign.id), 422, "slotId");
        assertThat(slots.findById(foreign.id).claims).isEmpty();
    }

    @Test
    void aPastSlotIsRejected() {
        TourSlot past = fixtures.slot(property, LocalDateTime.now(property.zone()).minusHours(2).withSecond(0).withNano(0));
        rejected(body -> body.put("slotId", past.id), 422, "slotId");
        assertThat(slots.findById(past.id).claims).isEmpty();
    }

    @Test
    void malformedOrEmptyBodiesAreRejected() {
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body("{\"propertyId\": ").when().post("/api/tours")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).when().post("/api/tours")
                .then().statusCode(400).contentType("application/problem+json");
        assertNothingStored();
    }

    @Test
    void oversizeBodiesAreRejected() {
        Map<String, Object> body = Fixtures.booking(slot, Fixtures.email());
        body.put("notes", "x".repeat(100 * 1024));
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(body).when().post("/api/tours")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("must not exceed"));
        assertNothingStored();
    }

    @Test
    void overlongFieldsAreNamed() {
        rejected(body -> body.put("notes", "x".repeat(2001)), 400, "notes");
    }

    @Test
    void malformedIdempotencyKeyIsNamed() {
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(201))
                .body(Fixtures.booking(slot, Fixtures.email()))
                .when().post("/api/tours")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        assertNothingStored();
    }

    private void rejected(Consumer<Map<String, Object>> breakIt, int status, String field) {
        Map<String, Object> body = Fixtures.booking(slot, Fixtures.email());
        breakIt.accept(body);
        ValidatableResponse response = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/tours")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field))
                .body("detail", containsString(field));
        assertThat(response).isNotNull();
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(tours.count("propertyId", property.id)).isZero();
        TourSlot unchanged = slots.findById(slot.id);
        assertThat(unchanged.remaining).isEqualTo(1);
        assertThat(unchanged.claims).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lead(Map<String, Object> body) {
        Map<String, Object> lead = new HashMap<>((Map<String, Object>) body.get("lead"));
        body.put("lead", lead);
        return lead;
    }
}
