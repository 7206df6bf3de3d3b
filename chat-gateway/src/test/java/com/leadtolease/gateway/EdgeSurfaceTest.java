package com.leadtolease.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class EdgeSurfaceTest {

    @Test
    void healthzNamesEachServiceAndIsDegradedWhenSomeAreDown() {
        BookingServiceStub.server.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(okJson("{\"status\":\"UP\"}")));

        given().when().get("/api/healthz")
                .then().statusCode(503)
                .body("status", equalTo("DEGRADED"))
                .body("services.find { it.name == 'booking-service' }.status", equalTo("UP"))
                .body("services.find { it.name == 'notification-service' }.status", equalTo("DOWN"))
                .body("services.name", hasItem("notification-service"))
                // the public answer names no internal address and no exception text
                .body(not(containsString("127.0.0.1")))
                .body(not(containsString("unreachable")))
                .body("services[0].url", nullValue());
    }

    @Test
    void ownReadinessChecksMongoAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", hasItem(containsString("MongoDB")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void anUnsignedWebhookIsRefusedWithAProblem() {
        given().contentType("application/json").body("{}").when().post("/api/webhooks/zapier")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("X-Lead2Lease-Timestamp"));
    }

    @Test
    void servesTheChatAtTheRootAndTheBookingPageUnderBook() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("role=\"log\"")).body(containsString("aria-live"))
                .body(containsString("/chat-app.js"));
        given().when().get("/chat-connection.js").then().statusCode(200).body(containsString("/ws/chat/"));
        given().when().get("/chat-invite.js").then().statusCode(200).body(containsString("/api/chat/invites"));
        given().when().get("/widget.js").then().statusCode(200).body(containsString("data-property"));
        given().when().get("/book/").then().statusCode(200)
                .body(containsString("Book a tour")).body(containsString("aria-live"));
        given().when().get("/book/app.js").then().statusCode(200).body(containsString("/api/tours"));
    }

    @Test
    void publishesOpenApiOfThePublicApiWithSwaggerUi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body(containsString("/api/properties/{id}/availability"))
                .body(containsString("/api/tours/{id}"))
                .body(containsString("Idempotency-Key"))
                .body(containsString("/api/training/ingest-csv"))
                .body(containsString("/api/embeddings/search"))
                .body(containsString("/api/agent/{operation}"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
