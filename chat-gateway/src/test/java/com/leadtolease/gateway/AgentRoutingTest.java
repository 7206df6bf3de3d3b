package com.leadtolease.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

        given().contentType("application/json").body("{\"text\":\"Hi, I'm Ana, budget 1900\"}")
                .when().post("/api/leads/parse-inquiry").then().statusCode(200).body("budget", equalTo(1900));
        agent.verify(2, postRequestedFor(urlEqualTo("/api/leads/parse-inquiry")));
    }

    @Test
    void stagesAndLeadUpsertsReachTheAgent() {
        agent.stubFor(get(urlEqualTo("/api/leads/stages")).willReturn(okJson("[{\"name\":\"qualifying\",\"order\":1}]")));
        agent.stubFor(post(urlEqualTo("/api/leads/leads")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"lead-1\"}")));

        given().when().get("/api/leads/stages").then().statusCode(200).body("[0].name", equalTo("qualifying"));
        given().contentType("application/json").body("{\"email\":\"ana@example.com\"}")
                .when().post("/api/leads/leads").then().statusCode(201).body("id", equalTo("lead-1"));
    }
}
