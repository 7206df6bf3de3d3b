package com.leadtolease.agent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

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
    void unknownSessionIsANotFoundProblem() {
        given().header("Authorization", TestTokens.bearer(Scopes.AGENT_CONVERSE)).contentType(ContentType.JSON).body(Map.of("sessionId", "no-such-session", "text", "hi"))
                .when().post("/api/agent/reply")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-session"));
    }

    @Test
    void invalidBodiesAreProblemsNamingTheField() {
        given().header("Authorization", TestTokens.bearer(Scopes.AGENT_CONVERSE)).contentType(ContentType.JSON).body(Map.of("sessionId", "s-1"))
                .when().post("/api/agent/reply")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("text"));
        given().header("Authorization", TestTokens.bearer(Scopes.AGENT_CONVERSE)).contentType(ContentType.JSON).body(Map.of("sessionId", "s-1", "type", "dance"))
                .when().post("/api/agent/action")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("type"));
        given().header("Authorization", TestTokens.bearer(Scopes.AGENT_CONVERSE)).contentType(ContentType.JSON).body(Map.of("sessionId", "s-1", "type", "choose_slot"))
                .when().post("/api/agent/action")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("payload.slotId"));
        given().header("Authorization", TestTokens.bearer(Scopes.AGENT_CONVERSE)).contentType(ContentType.JSON).body(Map.of("channel", "fax"))
                .when().post("/api/agent/start")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("channel"));
    }

    @Test
    void exposesOpenApiAndPrometheusMetrics() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/agent/start"))
                .body(containsString("/api/leads/parse-inquiry"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
