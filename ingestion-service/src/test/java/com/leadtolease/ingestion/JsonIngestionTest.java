package com.leadtolease.ingestion;

import static com.leadtolease.ingestion.support.IngestApi.awaitJob;
import static com.leadtolease.ingestion.support.IngestApi.thread;
import static com.leadtolease.ingestion.support.IngestApi.threads;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Already-normalized threads as JSON take the same path as CSV rows. */
@QuarkusTest
class JsonIngestionTest {

    @Test
    void ingestsThreadsFromJson() {
        Map<String, Object> request = Map.of("source", "crm-export", "sourceFile", "crm.json", "threads", List.of(
                Map.of("threadId", "crm-77", "messages", List.of(
                        Map.of("role", "prospect", "text", "Do you have a 1 bedroom in EaDo under $1,500? (json)",
                                "timestamp", "2026-02-03T15:00:00Z"),
                        Map.of("role", "leasing agent", "text", "Yes! Here are three options in EaDo that fit.",
                                "timestamp", "2026-02-03T15:02:00Z"))),
                Map.of("messages", List.of(
                        Map.of("text", "Lead: Can I book a tour for Friday? (json)", "timestamp", "2026-02-04 10:00"),
                        Map.of("role", "agent", "text", "Your tour is confirmed for Friday at 3pm.",
                                "timestamp", "not a time")))));

        io.restassured.response.Response response = given()
                .header("Authorization", TestTokens.bearer(Scopes.TRAINING_WRITE))
                .contentType("application/json").body(request)
                .when().post("/api/training/ingest")
                .then().statusCode(202).extract().response();
        JsonPath accepted = response.jsonPath();
        assertThat(response.header("Location")).endsWith("/api/training/jobs/" + accepted.getString("id"));
        JsonPath job = awaitJob(accepted.getString("id"));

        assertThat(job.getString("status")).isEqualTo("succeeded");
        assertThat(job.getString("format")).isEqualTo("json");
        assertThat(job.getInt("counts.timestampProblems")).isEqualTo(1);
        assertThat(job.getInt("problems[0].line")).as("the 4th message of the request").isEqualTo(4);
        JsonPath list = threads("crm-export");
        assertThat(list.getInt("total")).isEqualTo(2);
        assertThat(list.getList("items.threadId", String.class)).allSatisfy(id -> assertThat(id).startsWith("json-"));
        String tourThread = list.getString("items.find { it.sourceThreadId == null }.threadId");
        JsonPath detail = thread(tourThread);
        assertThat(detail.getList("messages.role")).containsExactly("lead", "agent");
        assertThat(detail.getString("messages[0].cleanText")).isEqualTo("Can I book a tour for Friday? (json)");
        assertThat(detail.getString("thread.stage")).isEqualTo("touring");
    }

    @Test
    void anEmptyRequestIsAProblem400() {
        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_WRITE))
                .contentType("application/json").body(Map.of("threads", List.of()))
                .when().post("/api/training/ingest")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("threads"));
    }
}
