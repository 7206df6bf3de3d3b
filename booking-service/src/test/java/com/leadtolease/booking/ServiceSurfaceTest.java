package com.leadtolease.booking;

import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import com.leadtolease.testing.ServiceSurfaceContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class ServiceSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/tours/{id}", "/api/properties/{id}/availability");
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
