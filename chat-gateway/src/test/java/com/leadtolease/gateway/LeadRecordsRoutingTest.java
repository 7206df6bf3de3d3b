package com.leadtolease.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.repository.ReplyLog;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The CRM read API at the edge: the caller's own token goes on, tours are added, exports are a file. */
@QuarkusTest
class LeadRecordsRoutingTest {

    private static final String LEAD = """
            {"id":"lead-1","name":"Ana Lopez","email":"ana@example.com","phone":"713-555-0100","stage":"touring",
             "version":3,"sessionIds":["s-1"]}""";
    private static final String TOURS = """
            {"items":[{"id":"tour-1","leadId":"lead-1","status":"scheduled"}],"page":0,"size":100,"total":1}""";

    private final WireMockServer upstream = BookingServiceStub.server;

    @Inject
    ChatSessionRepository sessions;
    @Inject
    ReplyLog replies;

    @BeforeEach
    void reset() {
        upstream.resetAll();
    }

    @Test
    void aLeadComesWithItsToursAndAnETagThatAnswers304() {
        upstream.stubFor(get(urlEqualTo("/api/leads/lead-1")).willReturn(okJson(LEAD).withHeader("ETag", "\"3\"")));
        upstream.stubFor(get(urlPathEqualTo("/api/tours")).withQueryParam("leadId", equalTo("lead-1"))
                .willReturn(okJson(TOURS)));
        String token = TestTokens.client("crm", Scopes.LEADS_READ, Scopes.LEADS_READ_PII, Scopes.BOOKINGS_READ);

        Response first = given().header("Authorization", token).get("/api/leads/lead-1");
        first.then().statusCode(200);
        assertThat(first.jsonPath().getString("email")).isEqualTo("ana@example.com");
        assertThat(first.jsonPath().getList("tours.id")).containsExactly("tour-1");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"3.");
        upstream.verify(getRequestedFor(urlEqualTo("/api/leads/lead-1")).withHeader("Authorization", equalTo(token)));
        upstream.verify(getRequestedFor(urlPathEqualTo("/api/tours")).withHeader("Authorization", equalTo(token)));

        given().header("Authorization", token).header("If-None-Match", etag).get("/api/leads/lead-1").then()
                .statusCode(304);
        upstream.stubFor(get(urlPathEqualTo("/api/tours")).withQueryParam("leadId", equalTo("lead-1"))
                .willReturn(okJson(TOURS.replace("scheduled", "cancelled"))));
        given().header("Authorization", token).header("If-None-Match", etag).get("/api/leads/lead-1").then()
                .statusCode(200);
    }

    @Test
    void withoutBookingsReadTheToursAreNotFetched() {
        upstream.stubFor(get(urlEqualTo("/api/leads/lead-1")).willReturn(okJson(LEAD).withHeader("ETag", "\"3\"")));
        JsonPath lead = given().header("Authorization", TestTokens.client("crm", Scopes.LEADS_READ))
                .get("/api/leads/lead-1").then().statusCode(200).extract().jsonPath();
        assertThat(lead.getString("tours")).isNull();
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/api/tours")));
    }

    @Test
    void listsConversationsAndToursAreForwardedWithTheirQuery() {
        upstream.stubFor(get(urlPathEqualTo("/api/leads")).willReturn(okJson("{\"leads\":[],\"nextCursor\":null}")));
        upstream.stubFor(get(urlEqualTo("/api/leads/lead-1/conversation")).willReturn(okJson(
                "{\"leadId\":\"lead-1\",\"sessions\":[]}")));
        upstream.stubFor(get(urlPathEqualTo("/api/tours")).willReturn(okJson(TOURS)));
        String token = TestTokens.client("crm", Scopes.LEADS_READ, Scopes.BOOKINGS_READ);

        given().header("Authorization", token).get("/api/leads?stage=touring&updatedSince=2026-01-01T00:00:00Z"
                + "&cursor=abc&limit=10").then().statusCode(200);
        upstream.verify(getRequestedFor(urlPathEqualTo("/api/leads")).withQueryParam("stage", equalTo("touring"))
                .withQueryParam("updatedSince", equalTo("2026-01-01T00:00:00Z"))
                .withQueryParam("cursor", equalTo("abc")).withQueryParam("limit", equalTo("10"))
                .withHeader("Authorization", equalTo(token)));
        given().header("Authorization", token).get("/api/leads/lead-1/conversation").then().statusCode(200);
        given().header("Authorization", token).get("/api/tours?leadId=lead-1&from=2026-01-01&to=2026-02-01")
                .then().statusCode(200);
        upstream.verify(getRequestedFor(urlPathEqualTo("/api/tours")).withQueryParam("leadId", equalTo("lead-1"))
                .withQueryParam("from", equalTo("2026-01-01")).withQueryParam("to", equalTo("2026-02-01")));
    }

    @Test
    void theExportIsOneJsonFileWithTheAgentsRecordAndTheTours() {
        upstream.stubFor(get(urlEqualTo("/api/leads/lead-1/data")).willReturn(okJson(
                "{\"lead\":" + LEAD + ",\"messages\":[{\"cleanText\":\"2 bedrooms in Katy\"}]}")));
        upstream.stubFor(get(urlPathEqualTo("/api/tours")).willReturn(okJson(TOURS)));

        Response file = given().header("Authorization", TestTokens.client("crm", Scopes.LEADS_READ_PII,
                Scopes.BOOKINGS_READ)).get("/api/leads/lead-1/data");
        file.then().statusCode(200);
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"lead-lead-1-data.json\"");
        assertThat(file.header("Cache-Control")).isEqualTo("no-store");
        assertThat(file.jsonPath().getString("leadId")).isEqualTo("lead-1");
        assertThat(file.jsonPath().getString("agentService.lead.email")).isEqualTo("ana@example.com");
        assertThat(file.jsonPath().getString("agentService.messages[0].cleanText")).isEqualTo("2 bedrooms in Katy");
        assertThat(file.jsonPath().getList("tours.id")).containsExactly("tour-1");

        upstream.stubFor(get(urlEqualTo("/api/leads/gone/data")).willReturn(aResponse().withStatus(410)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":410}")));
        given().header("Authorization", TestTokens.client("crm", Scopes.LEADS_READ_PII)).get("/api/leads/gone/data")
                .then().statusCode(410);
    }

    @Test
    void anErasureIsForwardedWithTheCallersTokenAndARefusedOneIsNot() {
        upstream.stubFor(delete(urlEqualTo("/api/leads/lead-1/data")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"erasureId\":\"e-1\",\"leadId\":\"lead-1\"}")));
        given().header("Authorization", TestTokens.client("crm", Scopes.LEADS_READ, Scopes.LEADS_READ_PII))
                .delete("/api/leads/lead-1/data").then().statusCode(403);
        upstream.verify(0, anyRequestedFor(urlEqualTo("/api/leads/lead-1/data")));

        String token = TestTokens.client("crm", Scopes.LEADS_ERASE);
        given().header("Authorization", token).delete("/api/leads/lead-1/data").then().statusCode(202)
                .body("erasureId", org.hamcrest.Matchers.equalTo("e-1"));
        upstream.verify(1, deleteRequestedFor(urlEqualTo("/api/leads/lead-1/data"))
                .withHeader("Authorization", equalTo(token)));
    }

    @Test
    void leadErasedDeletesTheGatewaysChatSessionsAndRepliesOfThatLead() {
        String erased = "s-" + UUID.randomUUID();
        String kept = "s-" + UUID.randomUUID();
        for (String sessionId : new String[] {erased, kept}) {
            sessions.create(sessionId, "p-1", Instant.now());
            replies.append(sessionId, "reply-" + sessionId, seq -> "{\"reply\":\"Hi Ana, ana@example.com\"}");
        }
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.LEADS_EVENTS, "lead-9", EventTypes.LEAD_UPSERTED,
                "{\"leadId\":\"lead-9\"}");
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.LEADS_EVENTS, "lead-9", EventTypes.LEAD_ERASED,
                "{\"erasureId\":\"e-9\",\"leadId\":\"lead-9\",\"sessionIds\":[\"" + erased + "\"],"
                        + "\"requestedBy\":\"client:crm\",\"erasedAt\":\"" + Instant.now() + "\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(replies.after(erased, 0)).isEmpty();
            assertThat(sessions.propertyId(erased)).isEmpty();
        });
        assertThat(replies.after(kept, 0)).hasSize(1);
        assertThat(sessions.propertyId(kept)).contains("p-1");
    }
}
