package com.leadtolease.notification.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.repository.DeliveryRepository;
import com.leadtolease.notification.support.InjectGreenMail;
import com.leadtolease.notification.support.InjectWireMock;
import com.leadtolease.notification.support.Staff;
import com.leadtolease.notification.support.TourEvents;
import com.leadtolease.notification.support.WireMockResource;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.RouteMatrix;
import com.leadtolease.testing.RouteMatrix.Route;
import com.leadtolease.testing.TestTokens;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * Every route of notification-service's OpenAPI document × {no token, expired, wrong signature, wrong issuer, wrong
 * scope, right scope}: the service checks the gateway's tokens itself, and a refused request changes no delivery and
 * sends nothing. A route added without a rule here fails the test.
 */
@QuarkusTest
class AuthMatrixTest {

    private static final String AUTHORIZATION = "Authorization";
    private static final String DELIVERIES = "/api/notifications/deliveries";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectWireMock
    WireMockServer hooks;
    @InjectGreenMail
    GreenMail greenMail;
    @Inject
    ObjectMapper mapper;
    @Inject
    DeliveryRepository deliveries;

    /** The log of one tour, and its one webhook delivery read and retried. */
    private static Map<String, Route> rules(String tourId, String deliveryId) {
        Map<String, Route> rules = new LinkedHashMap<>();
        rules.put("GET " + DELIVERIES, Route.scoped(Scopes.CONSOLE, "GET", DELIVERIES + "?tourId=" + tourId, null));
        rules.put("GET " + DELIVERIES + "/{id}", Route.scoped(Scopes.CONSOLE, "GET", DELIVERIES + "/" + deliveryId,
                null));
        rules.put("POST " + DELIVERIES + "/{id}/retry", Route.scoped(Scopes.ADMIN, "POST",
                DELIVERIES + "/" + deliveryId + "/retry", null));
        return rules;
    }

    @Test
    void everyDocumentedRouteHasARuleAndEveryRuleADocumentedRoute() {
        assertThat(RouteMatrix.documentedRoutes()).as("routes in /q/openapi")
                .containsExactlyInAnyOrderElementsOf(rules("t", "d").keySet());
    }

    @Test
    void everyRouteRefusesWhatItMustAndLetsInWhatItShould() {
        String tourId = "tour-" + TourEvents.newId();
        String deliveryId = failedWebhookDelivery(tourId);
        hooks.stubFor(post(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH)).atPriority(0)
                .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId))).willReturn(ok()));

        assertThat(RouteMatrix.check(rules(tourId, deliveryId), new DeliveryWitness(deliveries, hooks, greenMail)))
                .isEmpty();

        // Only the allowed retry sent the webhook again; only its outcome was published after the first failure.
        await().atMost(WAIT).until(() -> status(deliveryId), "delivered"::equals);
        assertThat(hookCalls(tourId)).hasSize(2);
        KafkaTestClient.awaitRecord(Topics.NOTIFICATIONS_EVENTS, record -> deliveryId.equals(record.key())
                && outcome(record).equals(EventTypes.NOTIFICATION_DELIVERED), WAIT);
        List<ConsumerRecord<String, String>> outcomes = KafkaTestClient.readFor(Topics.NOTIFICATIONS_EVENTS,
                record -> deliveryId.equals(record.key()), Duration.ofSeconds(2));
        assertThat(outcomes).extracting(AuthMatrixTest::outcome)
                .as("outcomes published for the delivery").containsExactlyInAnyOrder(EventTypes.NOTIFICATION_FAILED,
                        EventTypes.NOTIFICATION_DELIVERED);
    }

    @Test
    void aConsoleTokenCannotRetrySendsNothingAndIsToldWhereTheNeededScopeIsNamed() {
        String tourId = "tour-" + TourEvents.newId();
        String deliveryId = failedWebhookDelivery(tourId);
        DeliveryWitness witness = new DeliveryWitness(deliveries, hooks, greenMail);
        witness.reset();

        Staff.console().when().post(DELIVERIES + "/" + deliveryId + "/retry")
                .then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("/q/openapi"));
        given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().body("paths.'" + DELIVERIES + "/{id}/retry'.post.description", containsString("Needs admin"));

        // Longer than a dispatcher poll: a reset delivery would have been sent by now.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> hookCalls(tourId).size() == 1 && "failed".equals(status(deliveryId)));
        assertThat(witness.traces()).isEmpty();
    }

    @Test
    void aRequestWithoutATokenIsToldToSignIn() {
        given().when().get(DELIVERIES)
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("Authorization: Bearer"));
    }

    @Test
    void leasingStaffReadTheLogWithTheConsoleScopeAlone() {
        String tourId = "tour-" + TourEvents.newId();
        String deliveryId = failedWebhookDelivery(tourId);
        String console = TestTokens.bearer(Scopes.CONSOLE);

        given().header(AUTHORIZATION, console).queryParam("tourId", tourId).when().get(DELIVERIES)
                .then().statusCode(200).body("items[0].deliveryId", is(deliveryId));
        given().header(AUTHORIZATION, console).when().get(DELIVERIES + "/" + deliveryId)
                .then().statusCode(200).body("status", is("failed"));
    }

    /** A tour webhook the receiver refuses for good (410: not retried), so its delivery fails after one attempt. */
    private String failedWebhookDelivery(String tourId) {
        hooks.stubFor(post(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId)))
                .willReturn(aResponse().withStatus(410).withBody("hook deleted")));
        TourEvents.publish(mapper, TourEvents.newId(), EventTypes.TOUR_SCHEDULED,
                TourEvents.tour(tourId, "scheduled", Instant.parse("2030-07-01T15:00:00Z"), null, 0, null));
        return await().atMost(WAIT).until(() -> failed(tourId), Optional::isPresent).orElseThrow().id;
    }

    private Optional<Delivery> failed(String tourId) {
        return Optional.ofNullable(deliveries.mongoCollection().find(Filters.and(Filters.eq("tourId", tourId),
                Filters.eq("status", "failed"))).first());
    }

    private String status(String deliveryId) {
        return deliveries.findByIdOptional(deliveryId).map(delivery -> delivery.status).orElse(null);
    }

    private static String outcome(ConsumerRecord<String, String> record) {
        return KafkaTestClient.header(record, "ce_type").orElse("");
    }

    private List<LoggedRequest> hookCalls(String tourId) {
        return hooks.findAll(postRequestedFor(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH))
                .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId))));
    }
}
