package com.leadtolease.ingestion;

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
                .body(containsString("/api/training/ingest-csv"))
                .body(containsString("/api/training/datasets/finetune.jsonl"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
