package com.leadtolease.embedding;

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

    private static final String AUTHORIZATION = "Authorization";

    @Test
    void readinessChecksMongoAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("MongoDB")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void invalidSearchesAnswerWithAProblemBody() {
        given().header(AUTHORIZATION, TestTokens.bearer(Scopes.TRAINING_READ))
                .contentType("application/json").body("{\"text\": \"  \"}").when().post("/api/embeddings/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        given().header(AUTHORIZATION, TestTokens.bearer(Scopes.TRAINING_READ))
                .contentType("application/json").body("{\"text\": \"dogs\", \"k\": 51}").when()
                .post("/api/embeddings/search")
                .then().statusCode(400).body("errors[0].field", equalTo("k"));
        given().header(AUTHORIZATION, TestTokens.bearer(Scopes.TRAINING_READ))
                .contentType("application/json").body("{\"text\": \"dogs\", \"k\": 0}").when()
                .post("/api/embeddings/search")
                .then().statusCode(400).body("errors[0].field", equalTo("k"));
    }

    @Test
    void unknownVersionsAndModelsAreRefused() {
        given().header(AUTHORIZATION, TestTokens.bearer(Scopes.ADMIN))
                .when().post("/api/embeddings/versions/no-such-version/activate").then().statusCode(404);
        given().header(AUTHORIZATION, TestTokens.bearer(Scopes.TRAINING_WRITE))
                .contentType("application/json").body("{\"model\": \"no-such-model\"}").when()
                .post("/api/training/start")
                .then().statusCode(400).body("errors[0].field", equalTo("model"));
    }

    @Test
    void exposesOpenApiAndPrometheusMetrics() {
        given().when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/embeddings/search"), containsString("/api/training/start"),
                        containsString("/api/embeddings/versions"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
