package com.leadtolease.embedding;

import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import com.leadtolease.testing.ServiceSurfaceContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ServiceSurfaceTest extends ServiceSurfaceContract {

    private static final String AUTHORIZATION = "Authorization";

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/embeddings/search", "/api/training/start", "/api/embeddings/versions");
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
}
