package com.leadtolease.booking;

import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ServiceSurfaceTest {

    @Test
    void readinessChecksMongoAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("MongoDB")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void exposesOpenApiAndPrometheusMetrics() {
        given().when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/tours/{id}"))
                .body(containsString("/api/properties/{id}/availability"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void unknownPathsAnswerWithAProblemBody() {
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_READ))
                .when().get("/api/tours/does-not-exist")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("does-not-exist"));
    }
}
