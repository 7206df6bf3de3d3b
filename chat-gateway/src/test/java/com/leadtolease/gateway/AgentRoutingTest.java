package com.leadtolease.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import static org.assertj.core.api.Assertions.assertThat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The lead API is forwarded to agent-service over REST (conversation turns go over Kafka: AgentTurnsOverKafkaTest). */
@QuarkusTest
class AgentRoutingTest {

    private static final String STORED_LEAD = """
            {"id":"lead-1","name":"Ana Lopez","email":"ana@example.com","phone":"713-555-0100","stage":"touring"}""";


    private final WireMockServer agent = BookingServiceStub.server;

    @BeforeEach
    void reset() {
        agent.resetAll();
    }

    @Test
    void parsingAnInquiryIsRetriedAfterA5xx() {
        agent.stubFor(post(urlEqualTo("/api/leads/parse-inquiry")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        agent.stubFor(post(urlEqualTo("/api/leads/parse-inquiry")).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"name\":\"Ana\",\"budget\":1900}")));

        given().header("Authorization", TestTokens.bearer(Scopes.LEADS_WRITE))
                .contentType("application/json").body("{\"text\":\"Hi, I'm Ana, budget 1900\"}")
                .when().post("/api/leads/parse-inquiry").then().statusCode(200).body("budget", equalTo(1900));
        agent.verify(2, postRequestedFor(urlEqualTo("/api/leads/parse-inquiry")));
    }

    @Test
    void stagesAndLeadUpsertsReachTheAgent() {
        agent.stubFor(get(urlEqualTo("/api/leads/stages")).willReturn(okJson("[{\"name\":\"qualifying\",\"order\":1}]")));
        agent.stubFor(post(urlEqualTo("/api/leads/leads")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(STORED_LEAD)));

        given().header("Authorization", TestTokens.bearer(Scopes.LEADS_READ)).when().get("/api/leads/stages")
                .then().statusCode(200).body("[0].name", equalTo("qualifying"));
        given().header("Authorization", TestTokens.bearer(Scopes.LEADS_WRITE, Scopes.LEADS_READ))
                .contentType("application/json").body("{\"email\":\"ana@example.com\"}")
                .when().post("/api/leads/leads").then().statusCode(201).body("id", equalTo("lead-1"))
                .body("phone", equalTo("713-555-0100"));
    }

    /** An email address is no key to someone's record: without leads:read the upsert answers only the id. */
    @Test
    void aLeadUpsertWithoutLeadsReadEchoesNothingStored() {
        agent.stubFor(post(urlEqualTo("/api/leads/leads")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(STORED_LEAD)));

        String answer = given().header("Authorization", TestTokens.bearer(Scopes.LEADS_WRITE))
                .contentType("application/json").body("{\"email\":\"ana@example.com\"}")
                .when().post("/api/leads/leads").then().statusCode(200).body("id", equalTo("lead-1"))
                .body("created", equalTo(false)).extract().asString();

        assertThat(answer).doesNotContain("Ana", "713-555-0100", "ana@example.com", "stage");
        given().contentType("application/json").body("{\"email\":\"ana@example.com\"}")
                .when().post("/api/leads/leads").then().statusCode(401);
        agent.verify(1, postRequestedFor(urlEqualTo("/api/leads/leads")));
    }
}
