package com.leadtolease.gateway.chat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class ChatApiDocsTest {

    @Test
    void theOpenApiDocumentDescribesTheChatSessionsAndTheWebSocket() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body(containsString("/api/chat/sessions"))
                .body(containsString("/ws/chat/{sessionId}"))
                .body(containsString("lastSeq"))
                .body(containsString("/api/agent/{operation}"));
    }
}
