package com.leadtolease.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.leadtolease.testing.AuthKeysResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/auth/token: integrations and staff get tokens with their scopes, nobody else gets one. */
@QuarkusTest
class SignInTest {

    private final WireMockServer upstream = BookingServiceStub.server;

    @BeforeEach
    void upstreamAnswers() {
        upstream.resetAll();
        upstream.stubFor(any(anyUrl()).willReturn(okJson("{\"items\":[]}")));
    }

    private static JsonPath token(String... form) {
        var request = given().contentType("application/x-www-form-urlencoded");
        for (int i = 0; i < form.length; i += 2) {
            request.formParam(form[i], form[i + 1]);
        }
        return request.post("/api/auth/token").then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .extract().jsonPath();
    }

    @Test
    void anIntegrationGetsATokenWithItsScopesAndUsesIt() {
        JsonPath issued = token("grant_type", "client_credentials", "client_id", AuthKeysResource.READER_ID,
                "client_secret", AuthKeysResource.READER_SECRET);

        assertThat(issued.getString("token_type")).isEqualTo("Bearer");
        assertThat(issued.getString("scope")).isEqualTo("bookings:read");
        assertThat(issued.getLong("expires_in")).isBetween(800L, 900L);
        given().header("Authorization", "Bearer " + issued.getString("access_token")).get("/api/tours")
                .then().statusCode(200);
        given().header("Authorization", "Bearer " + issued.getString("access_token")).get("/api/leads/stages")
                .then().statusCode(403);
    }

    @Test
    void aNarrowerScopeCanBeAskedForAndAWiderOneIsRefused() {
        JsonPath narrow = token("grant_type", "client_credentials", "client_id", AuthKeysResource.CLIENT_ID,
                "client_secret", AuthKeysResource.CLIENT_SECRET, "scope", "leads:read");
        assertThat(narrow.getString("scope")).isEqualTo("leads:read");

        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", AuthKeysResource.READER_ID).formParam("client_secret", AuthKeysResource.READER_SECRET)
                .formParam("scope", "bookings:read admin").post("/api/auth/token")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("admin"));
    }

    @Test
    void wrongOrUnknownCredentialsGetNoToken() {
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", AuthKeysResource.READER_ID).formParam("client_secret", "guess")
                .post("/api/auth/token").then().statusCode(401).contentType("application/problem+json")
                .body("access_token", equalTo(null));
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", "nobody").formParam("client_secret", AuthKeysResource.READER_SECRET)
                .post("/api/auth/token").then().statusCode(401);
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", AuthKeysResource.OPERATOR).formParam("password", "guess")
                .post("/api/auth/token").then().statusCode(401);
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "implicit")
                .post("/api/auth/token").then().statusCode(400).body("errors[0].field", equalTo("grant_type"));
    }

    /**
     * Staff sign in with a password; the operator's own token goes on to agent-service (which names the reply after
     * it), and a name in the body goes nowhere.
     */
    @Test
    void anOperatorRepliesUnderTheNameOfTheSignedInAccount() {
        String operatorToken = token("grant_type", "password", "username", AuthKeysResource.OPERATOR,
                "password", AuthKeysResource.OPERATOR_PASSWORD).getString("access_token");

        given().header("Authorization", "Bearer " + operatorToken).contentType("application/json")
                .body("{\"operator\":\"The Landlord\",\"text\":\"Hi Ana, Maria here.\"}")
                .post("/api/operator/conversations/s-1/reply").then().statusCode(200);

        upstream.verify(postRequestedFor(urlEqualTo("/api/agent/operator/conversations/s-1/reply"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + operatorToken))
                .withRequestBody(equalToJson("{\"text\":\"Hi Ana, Maria here.\"}")));
        given().header("Authorization", "Bearer " + operatorToken).get("/api/tours").then().statusCode(403);
    }

    @Test
    void theJwksPublishesTheVerifyingKey() {
        given().get("/api/auth/jwks").then().statusCode(200).body("keys", hasSize(1))
                .body("keys[0].kty", equalTo("RSA")).body("keys[0].alg", equalTo("RS256"))
                .body(org.hamcrest.Matchers.not(containsString("\"d\"")));
    }
}
