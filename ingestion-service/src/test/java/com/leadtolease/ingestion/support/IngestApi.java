package com.leadtolease.ingestion.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** The training API as tests use it: submit, wait for the job, read back. */
public final class IngestApi {

    private IngestApi() {
    }

    public static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Posts a CSV under the given source label; returns the job id (after checking 202 + Location). */
    public static String submitCsv(byte[] body, String source) {
        JsonPath accepted = given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_WRITE))
                .contentType("text/csv").body(body)
                .queryParam("source", source).queryParam("filename", source + ".csv")
                .when().post("/api/training/ingest-csv")
                .then().statusCode(202)
                .header("Location", startsWith("http"))
                .body("status", org.hamcrest.Matchers.equalTo("queued"))
                .extract().jsonPath();
        String id = accepted.getString("id");
        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                .when().get("/api/training/jobs/" + id).then().statusCode(200);
        return id;
    }

    public static String submitCsv(String body, String source) {
        return submitCsv(body.getBytes(StandardCharsets.UTF_8), source);
    }

    /** Waits until the job succeeded or failed; returns its JSON. */
    public static JsonPath awaitJob(String jobId) {
        return awaitJob(jobId, Duration.ofSeconds(90));
    }

    public static JsonPath awaitJob(String jobId, Duration timeout) {
        return await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                                .when().get("/api/training/jobs/" + jobId).then().statusCode(200)
                                .extract().jsonPath(),
                        job -> List.of("succeeded", "failed").contains(job.getString("status")));
    }

    public static JsonPath ingestCsv(String body, String source) {
        return awaitJob(submitCsv(body, source));
    }

    public static JsonPath ingestCsv(byte[] body, String source) {
        return awaitJob(submitCsv(body, source));
    }

    public static JsonPath threads(String source) {
        return given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                .queryParam("source", source).queryParam("size", 200)
                .when().get("/api/training/threads").then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath thread(String threadId) {
        return given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                .when().get("/api/training/threads/" + threadId).then().statusCode(200).extract().jsonPath();
    }

}
