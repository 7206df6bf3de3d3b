package com.leadtolease.agent;

import com.leadtolease.testing.ServiceSurfaceContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ServiceSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/agent/start", "/api/leads/parse-inquiry");
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
}
