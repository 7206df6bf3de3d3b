package com.leadtolease.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class BookingRoutingTest {

    private static final String TOUR_REQUEST = """
            {"propertyId":"p1","slotId":"p1-202612011000","lead":{"name":"Ana","email":"ana@example.com","phone":"7135550100"}}""";
    private static final String TOUR = "{\"id\":\"t-1\",\"status\":\"scheduled\"}";

    private final WireMockServer booking = BookingServiceStub.server;

    @Inject
    JWTParser parser;

    @BeforeEach
    void reset() {
        booking.resetAll();
    }

    @Test
    void searchForwardsEveryFilterAndTheAnswer() {
        booking.stubFor(get(urlPathEqualTo("/api/properties"))
                .willReturn(okJson("{\"items\":[{\"id\":\"katy-1\"}],\"total\":1}")));

        given().when().get("/api/properties?maxRent=1900&bedrooms=2&area=Katy&pets=cat&availableBy=2026-06-01")
                .then().statusCode(200).body("items[0].id", org.hamcrest.Matchers.equalTo("katy-1"));

        booking.verify(getRequestedFor(urlPathEqualTo("/api/properties"))
                .withQueryParam("maxRent", equalTo("1900"))
                .withQueryParam("bedrooms", equalTo("2"))
                .withQueryParam("area", equalTo("Katy"))
                .withQueryParam("pets", equalTo("cat"))
                .withQueryParam("availableBy", equalTo("2026-06-01")));
    }

    @Test
    void badFilterIsRejectedAtTheEdgeNamingTheField() {
        given().when().get("/api/properties?availableBy=June")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("availableBy"));
        booking.verify(0, getRequestedFor(urlPathEqualTo("/api/properties")));
    }

    @Test
    void bookingWithIdempotencyKeyIsRetriedWithTheSameKeyAfterA5xx() {
        booking.stubFor(post(urlEqualTo("/api/tours")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        booking.stubFor(post(urlEqualTo("/api/tours")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("Location", "http://10.0.0.7:8082/api/tours/t-1").withBody(TOUR)));

        given().header("Idempotency-Key", "key-42").contentType("application/json").body(TOUR_REQUEST)
                .when().post("/api/tours")
                .then().statusCode(201)
                .header("Location", endsWith("/api/tours/t-1"))
                .header("Location", not(containsString("10.0.0.7")))
                .body("id", org.hamcrest.Matchers.equalTo("t-1"));

        booking.verify(2, postRequestedFor(urlEqualTo("/api/tours"))
                .withHeader("Idempotency-Key", equalTo("key-42"))
                .withRequestBody(equalToJson(TOUR_REQUEST)));
    }

    @Test
    void bookingWithoutIdempotencyKeyIsNeverRetried() {
        booking.stubFor(post(urlEqualTo("/api/tours")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":503,\"title\":\"Unavailable\",\"detail\":\"try later\"}")));

        given().contentType("application/json").body(TOUR_REQUEST)
                .when().post("/api/tours")
                .then().statusCode(503).body("detail", org.hamcrest.Matchers.equalTo("try later"));

        booking.verify(1, postRequestedFor(urlEqualTo("/api/tours")));
    }

    @Test
    void conflictPassesThroughWithTheNextFreeSlots() {
        booking.stubFor(post(urlEqualTo("/api/tours")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":409,\"title\":\"Conflict\",\"detail\":\"Slot taken\",\"nextFreeSlots\":[{\"slotId\":\"s2\"}]}")));

        given().header("Idempotency-Key", "k-409").contentType("application/json").body(TOUR_REQUEST)
                .when().post("/api/tours")
                .then().statusCode(409).contentType("application/problem+json")
                .body("nextFreeSlots[0].slotId", org.hamcrest.Matchers.equalTo("s2"));
        booking.verify(1, postRequestedFor(urlEqualTo("/api/tours")));
    }

    @Test
    void unreachableBookingServiceGivesAnActionableProblem() {
        booking.stubFor(get(urlPathEqualTo("/api/properties/p-down"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().when().get("/api/properties/p-down")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("detail", containsString("try again"));
    }

    @Test
    void circuitOpensAfterRepeatedFailuresFailsFastAndClosesAgain() {
        String path = "/api/properties/p-broken";
        booking.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 5; i++) {
            given().when().get(path);
        }
        booking.resetRequests();

        given().when().get(path).then().statusCode(503).body("detail", containsString("paused"));
        booking.verify(0, getRequestedFor(urlPathEqualTo(path)));

        booking.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"id\":\"p-broken\"}")));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().when().get(path).then().statusCode(200));
    }

    @Test
    void nonObjectBodyIsRejectedWithoutCallingBooking() {
        given().contentType("application/json").body("[1,2]")
                .when().post("/api/tours")
                .then().statusCode(400).contentType("application/problem+json");
        booking.verify(0, postRequestedFor(urlEqualTo("/api/tours")));
    }

    /** Whoever booked without an account gets the tour's own token: it opens that tour and no other. */
    @Test
    void aBookedToursOwnTokenReadsReschedulesAndCancelsItAndNothingElse() {
        booking.stubFor(post(urlEqualTo("/api/tours")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(TOUR)));
        booking.stubFor(any(urlPathMatching("/api/tours/t-.*")).willReturn(okJson(TOUR)));
        String manageToken = given().contentType("application/json").body(TOUR_REQUEST).when().post("/api/tours")
                .then().statusCode(201).body("id", org.hamcrest.Matchers.equalTo("t-1"))
                .extract().path("manageToken");

        given().header("X-Tour-Token", manageToken).when().get("/api/tours/t-1").then().statusCode(200);
        given().header("X-Tour-Token", manageToken).contentType("application/json").body("{\"slotId\":\"p1-2\"}")
                .when().patch("/api/tours/t-1").then().statusCode(200);
        given().header("X-Tour-Token", manageToken).when().delete("/api/tours/t-1").then().statusCode(200);
        booking.verify(3, anyRequestedFor(urlEqualTo("/api/tours/t-1")));

        booking.resetRequests();
        given().header("X-Tour-Token", manageToken).when().delete("/api/tours/t-2").then().statusCode(401)
                .body("detail", containsString("token of another tour"));
        given().when().delete("/api/tours/t-2").then().statusCode(401);
        given().when().get("/api/tours?email=ana@example.com").then().statusCode(401);
        given().header("X-Tour-Token", manageToken).contentType("application/json")
                .body("{\"status\":\"no_show\"}").when().patch("/api/tours/t-1").then().statusCode(403);
        booking.verify(0, anyRequestedFor(urlPathMatching("/api/tours.*")));
    }

    /**
     * booking-service checks every tour call itself: a prospect's (no token of ours) goes with the gateway's own
     * token, a signed-in caller's with that caller's token, never upgraded to the gateway's.
     */
    @Test
    void bookingServiceGetsTheGatewaysOwnTokenForAProspectAndTheCallersOwnForStaff() throws Exception {
        booking.stubFor(post(urlEqualTo("/api/tours")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(TOUR)));
        booking.stubFor(any(urlPathMatching("/api/tours/t-.*")).willReturn(okJson(TOUR)));
        booking.stubFor(get(urlPathEqualTo("/api/tours")).willReturn(okJson("[" + TOUR + "]")));
        String manageToken = given().contentType("application/json").body(TOUR_REQUEST).when().post("/api/tours")
                .then().statusCode(201).extract().path("manageToken");
        given().header("X-Tour-Token", manageToken).when().get("/api/tours/t-1").then().statusCode(200);
        String staff = TestTokens.bearer(Scopes.BOOKINGS_READ);
        given().header("Authorization", staff).when().get("/api/tours?email=ana@example.com").then().statusCode(200);

        for (String path : List.of("/api/tours", "/api/tours/t-1")) {
            String sent = booking.findAll(anyRequestedFor(urlEqualTo(path))).get(0).getHeader("Authorization");
            JsonWebToken gateway = parser.parse(sent.substring("Bearer ".length()));
            assertThat(gateway.getSubject()).as(path).isEqualTo("service:chat-gateway");
            assertThat(gateway.getGroups()).containsExactlyInAnyOrder(Scopes.BOOKINGS_READ, Scopes.BOOKINGS_WRITE);
        }
        booking.verify(getRequestedFor(urlPathEqualTo("/api/tours")).withQueryParam("email", equalTo("ana@example.com"))
                .withHeader("Authorization", equalTo(staff)));
    }
}
