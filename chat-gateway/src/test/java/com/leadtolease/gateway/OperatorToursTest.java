package com.leadtolease.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's tours and funnel: an operator's token (scope console) marks a tour's outcome and reads the funnel. */
@QuarkusTest
class OperatorToursTest {

    private static final String OPERATOR = TestTokens.operator("Sam Rivera");

    private final WireMockServer upstream = BookingServiceStub.server;

    @Inject
    JWTParser parser;

    @BeforeEach
    void reset() {
        upstream.resetAll();
    }

    @Test
    void anOperatorMarksATourCompletedWithTheGatewaysIdentityAndIsNamedInTheAnswer() throws Exception {
        upstream.stubFor(patch(urlPathEqualTo("/api/tours/t-7"))
                .willReturn(okJson("{\"id\":\"t-7\",\"status\":\"completed\",\"sequence\":2}")));

        given().header("Authorization", OPERATOR).contentType("application/json").body("{\"status\":\"completed\"}")
                .when().post("/api/operator/tours/t-7/outcome")
                .then().statusCode(200).body("status", is("completed")).body("recordedBy", is("Sam Rivera"));

        upstream.verify(1, patchRequestedFor(urlPathEqualTo("/api/tours/t-7"))
                .withRequestBody(equalToJson("{\"status\":\"completed\"}")));
        LoggedRequest sent = upstream.findAll(patchRequestedFor(urlPathEqualTo("/api/tours/t-7"))).get(0);
        JsonWebToken asWho = parser.parse(sent.getHeader("Authorization").substring("Bearer ".length()));
        assertThat(asWho.getSubject()).isEqualTo("service:chat-gateway");
        assertThat(asWho.getGroups()).contains(Scopes.BOOKINGS_WRITE);
    }

    @Test
    void anOutcomeOtherThanCompletedOrNoShowReachesNobody() {
        given().header("Authorization", OPERATOR).contentType("application/json").body("{\"status\":\"cancelled\"}")
                .when().post("/api/operator/tours/t-7/outcome")
                .then().statusCode(400).body("errors[0].field", is("status"));
        assertThat(upstream.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void theToursListLeavesOutTheLeadsEmailAndPhone() {
        upstream.stubFor(get(urlPathEqualTo("/api/tours")).willReturn(okJson("{\"items\":[{\"id\":\"t-7\","
                + "\"status\":\"scheduled\",\"lead\":{\"name\":\"Ana Lopez\",\"email\":\"ana@example.com\","
                + "\"phone\":\"+17135550100\"}}],\"page\":0,\"size\":50,\"total\":1}")));

        given().header("Authorization", OPERATOR).queryParam("from", "2026-12-01").queryParam("to", "2026-12-08")
                .when().get("/api/operator/tours")
                .then().statusCode(200).body("items[0].lead.name", is("Ana Lopez"))
                .body("items[0].lead.email", nullValue()).body("items[0].lead.phone", nullValue())
                .body("total", is(1));

        upstream.verify(getRequestedFor(urlPathEqualTo("/api/tours")).withQueryParam("from", equalTo("2026-12-01"))
                .withQueryParam("to", equalTo("2026-12-08")));
    }

    @Test
    void theFunnelIsAskedOfAgentServiceWithTheOperatorsToken() {
        upstream.stubFor(get(urlPathEqualTo("/api/funnel")).willReturn(okJson("{\"totals\":{\"leads\":2}}")));

        given().header("Authorization", OPERATOR).queryParam("from", "2026-11-02").queryParam("propertyId", "p1")
                .when().get("/api/funnel")
                .then().statusCode(200).body("totals.leads", is(2));

        upstream.verify(getRequestedFor(urlPathEqualTo("/api/funnel")).withHeader("Authorization", equalTo(OPERATOR))
                .withQueryParam("from", equalTo("2026-11-02")).withQueryParam("propertyId", equalTo("p1")));
    }
}
