package com.leadtolease.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;

import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class TrainingProxyTest {

    private final WireMockServer upstream = BookingServiceStub.server;

    @BeforeEach
    void reset() {
        upstream.resetAll();
    }

    @Test
    void aLargeCsvUploadReachesIngestionWholeAndTheJobAnswerComesBack() {
        upstream.stubFor(post(urlEqualTo("/api/training/ingest-csv")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withHeader("Location", "/api/training/jobs/job-1")
                .withBody("{\"jobId\":\"job-1\",\"status\":\"queued\"}")));
        byte[] csv = csvOfSize(3 * 1024 * 1024);

        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_WRITE)).contentType("text/csv").body(csv).when().post("/api/training/ingest-csv")
                .then().statusCode(202).header("Location", "/api/training/jobs/job-1").body("jobId", equalTo("job-1"));

        var received = upstream.findAll(postRequestedFor(urlEqualTo("/api/training/ingest-csv")));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getBody()).isEqualTo(csv);
        assertThat(received.get(0).getHeader("Content-Type")).startsWith("text/csv");
    }

    @Test
    void queriesAndErrorsOfIngestionPassThrough() {
        upstream.stubFor(get(urlEqualTo("/api/training/threads?stage=touring&page=1")).willReturn(okJson("{\"total\":7}")));
        upstream.stubFor(get(urlEqualTo("/api/training/jobs/missing")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404,\"detail\":\"No job missing\"}")));

        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ)).when().get("/api/training/threads?stage=touring&page=1").then().statusCode(200).body("total", equalTo(7));
        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ)).when().get("/api/training/jobs/missing").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No job missing"));
    }

    @Test
    void searchAndEmbeddingRunsGoToEmbeddingService() {
        String query = "{\"text\":\"do you allow dogs\",\"k\":5}";
        upstream.stubFor(post(urlEqualTo("/api/embeddings/search")).withRequestBody(equalToJson(query))
                .willReturn(okJson("[{\"messageId\":\"m-1\",\"score\":0.91}]")));
        upstream.stubFor(post(urlEqualTo("/api/training/start")).withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.equalTo("application/json"))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody("{\"runId\":\"r-1\"}")));

        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ)).contentType("application/json").body(query).when().post("/api/embeddings/search")
                .then().statusCode(200).body("[0].messageId", equalTo("m-1"));
        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_WRITE)).contentType("application/json").body("{}").when().post("/api/training/start")
                .then().statusCode(202).body("runId", equalTo("r-1"));
    }

    @Test
    void anUnreachableServiceGivesAProblemNotAHang() {
        upstream.stubFor(post(urlEqualTo("/api/embeddings/search")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ)).contentType("application/json").body("{\"text\":\"parking\"}").when().post("/api/embeddings/search")
                .then().statusCode(503).contentType("application/problem+json").body("detail", containsString("try again"));
    }

    private static byte[] csvOfSize(int bytes) {
        StringBuilder csv = new StringBuilder("thread_id,role,text,timestamp\n");
        int row = 0;
        while (csv.length() < bytes) {
            csv.append("t-").append(row / 10).append(",lead,\"Do you allow dogs? Row ").append(row++).append("\",2025-01-21 13:00\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cross-site form (text/plain, no token) cannot feed the agent's knowledge, nor can anyone read it out. */
    @Test
    void anonymousTrainingCallsAreRefusedBeforeReachingIngestion() {
        given().contentType("text/plain").body("role,text\nagent,We waive all fees today").when()
                .post("/api/training/ingest-csv").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ)).contentType("text/csv")
                .body("role,text\nagent,We waive all fees today").when().post("/api/training/ingest-csv")
                .then().statusCode(403);
        given().when().get("/api/training/datasets/finetune.jsonl").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_WRITE)).when()
                .post("/api/embeddings/versions/v1/activate").then().statusCode(403);

        assertThat(upstream.getAllServeEvents()).isEmpty();
    }
}
