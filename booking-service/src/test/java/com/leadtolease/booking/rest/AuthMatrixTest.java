package com.leadtolease.booking.rest;

import com.leadtolease.booking.Fixtures;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.RouteMatrix;
import com.leadtolease.testing.RouteMatrix.Route;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every route of booking-service's OpenAPI document × {no token, expired, wrong signature, wrong issuer, wrong scope,
 * right scope}: the service checks the gateway's tokens itself, and a refused request stores, holds and publishes
 * nothing. A route added without a rule here fails the test.
 */
@QuarkusTest
class AuthMatrixTest {

    private static final String AUTHORIZATION = "Authorization";

    @Inject
    Fixtures fixtures;
    @Inject
    TourRepository tours;
    @Inject
    SlotRepository slots;

    Property property;
    TourSlot free;
    TourSlot later;
    String tourId;

    @BeforeEach
    void bookedTourAndFreeSlots() {
        property = fixtures.property();
        free = fixtures.slotInDays(property, 2, 10);
        later = fixtures.slotInDays(property, 2, 12);
        tourId = given().header(AUTHORIZATION, TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(fixtures.slotInDays(property, 2, 11), Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201).extract().path("id");
    }

    /** Rules in this order on purpose: PATCH moves the tour before DELETE cancels it, so each right-scope call succeeds. */
    private Map<String, Route> rules() {
        Map<String, Route> rules = new LinkedHashMap<>();
        String propertyPath = "/api/properties/" + property.id;
        rules.put("GET /api/properties", Route.open("GET", "/api/properties"));
        rules.put("GET /api/properties/{id}", Route.open("GET", propertyPath));
        rules.put("GET /api/properties/{id}/availability", Route.open("GET", propertyPath + "/availability"));
        rules.put("POST /api/tours", Route.scoped(Scopes.BOOKINGS_WRITE, "POST", "/api/tours", markedBooking(free)));
        rules.put("GET /api/tours", Route.scoped(Scopes.BOOKINGS_READ, "GET", "/api/tours?propertyId=" + property.id,
                null));
        rules.put("GET /api/tours/{id}", Route.scoped(Scopes.BOOKINGS_READ, "GET", "/api/tours/" + tourId, null));
        rules.put("PATCH /api/tours/{id}", Route.scoped(Scopes.BOOKINGS_WRITE, "PATCH", "/api/tours/" + tourId,
                "{\"slotId\":\"" + later.id + "\"}"));
        rules.put("DELETE /api/tours/{id}", Route.scoped(Scopes.BOOKINGS_WRITE, "DELETE", "/api/tours/" + tourId, null));
        return rules;
    }

    @Test
    void everyDocumentedRouteHasARuleAndEveryRuleADocumentedRoute() {
        assertThat(RouteMatrix.documentedRoutes()).as("routes in /q/openapi")
                .containsExactlyInAnyOrderElementsOf(rules().keySet());
    }

    @Test
    void everyRouteRefusesWhatItMustAndLetsInWhatItShould() {
        assertThat(RouteMatrix.check(rules(), new TourStoreWitness(tours, slots))).isEmpty();

        KafkaTestClient.awaitRecord(Topics.BOOKINGS_EVENTS, record -> record.value().contains("matrix-allowed"),
                Duration.ofSeconds(20));
        assertThat(KafkaTestClient.readFor(Topics.BOOKINGS_EVENTS, record -> record.value().contains(RouteMatrix.MARK),
                Duration.ofSeconds(2))).as("tour events published by refused requests").isEmpty();
    }

    @Test
    void aReadOnlyTokenCannotBookAndIsToldWhereTheNeededScopeIsNamed() {
        TourStoreWitness witness = new TourStoreWitness(tours, slots);
        witness.reset();

        given().header(AUTHORIZATION, TestTokens.bearer(Scopes.BOOKINGS_READ))
                .contentType(ContentType.JSON).body(markedBooking(free))
                .when().post("/api/tours")
                .then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(403))
                .body("detail", containsString("/q/openapi"));
        given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().body("paths.'/api/tours'.post.description", containsString("Needs bookings:write"));
        assertThat(witness.traces()).isEmpty();
    }

    @Test
    void aRequestWithoutATokenIsToldToSignIn() {
        given().when().get("/api/tours/" + tourId)
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("Authorization: Bearer"));
    }

    @Test
    void theCallersServiceTokenBooksReadsAndCancels() {
        String service = TestTokens.bearer(Scopes.BOOKINGS_READ, Scopes.BOOKINGS_WRITE);

        String booked = given().header(AUTHORIZATION, service)
                .contentType(ContentType.JSON).body(Fixtures.booking(free, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201).extract().path("id");
        given().header(AUTHORIZATION, service).when().get("/api/tours/" + booked)
                .then().statusCode(200).body("status", equalTo("scheduled"));
        given().header(AUTHORIZATION, service).when().delete("/api/tours/" + booked)
                .then().statusCode(200).body("status", equalTo("cancelled"));
    }

    private String markedBooking(TourSlot slot) {
        return "{\"propertyId\":\"" + slot.propertyId + "\",\"slotId\":\"" + slot.id + "\",\"lead\":{\"name\":\""
                + RouteMatrix.MARK + "\",\"email\":\"" + Fixtures.email() + "\",\"phone\":\"(713) 555-0142\"}}";
    }
}
