package com.leadtolease.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.AuthKeysResource;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit log at the edge: GET /api/audit forwards the caller's token; a token issued is recorded on audit.events. */
@QuarkusTest
class AuditRoutingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WireMockServer upstream = BookingServiceStub.server;

    @BeforeEach
    void reset() {
        upstream.resetAll();
    }

    @Test
    void theAuditLogIsReadWithTheCallersOwnTokenAndItsFilters() {
        upstream.stubFor(get(urlPathEqualTo("/api/audit")).willReturn(okJson(
                "{\"entries\":[{\"id\":\"event-1\",\"type\":\"booking\"}],\"nextCursor\":null}")));
        String token = TestTokens.bearer(Scopes.ADMIN);

        given().header("Authorization", token).get("/api/audit?leadId=lead-1&type=booking&from=2026-05-01T00:00:00Z"
                + "&limit=20").then().statusCode(200);

        upstream.verify(getRequestedFor(urlPathEqualTo("/api/audit")).withHeader("Authorization", equalTo(token))
                .withQueryParam("leadId", equalTo("lead-1")).withQueryParam("type", equalTo("booking"))
                .withQueryParam("from", equalTo("2026-05-01T00:00:00Z")).withQueryParam("limit", equalTo("20")));
        given().header("Authorization", TestTokens.bearer(Scopes.ADMIN)).get("/api/audit?cursor=" + "c".repeat(201))
                .then().statusCode(400);
    }

    @Test
    void aTokenIssuedIsRecordedOnAuditEventsWithoutTheSecretOrTheToken() {
        Predicate<ConsumerRecord<String, String>> ofReader = r -> AuthKeysResource.READER_ID.equals(r.key());
        int before = KafkaTestClient.readFor(Topics.AUDIT_EVENTS, ofReader, Duration.ofSeconds(1)).size();
        String token = given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", AuthKeysResource.READER_ID)
                .formParam("client_secret", AuthKeysResource.READER_SECRET).post("/api/auth/token").then()
                .statusCode(200).extract().jsonPath().getString("access_token");

        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.AUDIT_EVENTS, ofReader,
                before + 1, WAIT);
        ConsumerRecord<String, String> record = records.get(records.size() - 1);
        assertThat(KafkaTestClient.header(record, "ce_type")).contains(EventTypes.AUDIT_RECORDED);
        assertThat(record.value()).contains("\"type\":\"token_issued\"")
                .contains("\"actor\":\"" + AuthKeysResource.READER_ID + "\"")
                .contains("\"scopes\":\"bookings:read\"").contains("\"grant\":\"client_credentials\"")
                .doesNotContain(AuthKeysResource.READER_SECRET).doesNotContain(token);

        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", AuthKeysResource.READER_ID).formParam("client_secret", "guess")
                .post("/api/auth/token").then().statusCode(401);
        assertThat(KafkaTestClient.readFor(Topics.AUDIT_EVENTS, ofReader, Duration.ofSeconds(2)))
                .as("a refused sign-in records nothing").hasSize(before + 1);
    }
}
