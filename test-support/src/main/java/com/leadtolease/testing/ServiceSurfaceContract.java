package com.leadtolease.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every service answers besides its own API: readiness that checks MongoDB and Kafka, an OpenAPI document of its
 * routes and Prometheus metrics. A service's {@code @QuarkusTest ServiceSurfaceTest} extends this, names the paths its
 * OpenAPI document must list, and adds its own checks.
 */
public abstract class ServiceSurfaceContract {

    /** Paths the service's {@code /q/openapi} must name (at least one). */
    protected abstract List<String> documentedPaths();

    @Test
    protected void readinessChecksMongoAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("MongoDB")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    protected void exposesOpenApiAndPrometheusMetrics() {
        List<String> paths = documentedPaths();
        assertFalse(paths.isEmpty(), "name at least one path the OpenAPI document must list");
        ValidatableResponse openApi = given().when().get("/q/openapi").then().statusCode(200);
        paths.forEach(path -> openApi.body(containsString(path)));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
