package com.leadtolease.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.embedding.repository.ChunkRepository;
import com.leadtolease.embedding.service.Versions;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.TestTokens;
import com.leadtolease.embedding.support.Threads;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A re-embedding run builds a new version while search serves the old one; activation switches and rolls back. */
@QuarkusTest
class VersioningTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String AUTHORIZATION = "Authorization";

    @Inject
    ObjectMapper mapper;
    @Inject
    ChunkRepository chunks;
    @Inject
    Versions versions;

    @Test
    void newVersionIsBuiltWhileTheOldIsServedThenActivatedAndRolledBack() throws Exception {
        String threadId = Threads.newId("th-balcony");
        ThreadIngestedData thread = Threads.thread(threadId, "sending_list", Instant.parse("2024-04-01T10:00:00Z"),
                "Do any of the units have a private balcony?", "Yes, every corner unit has a balcony.",
                "Which floors are they on?", "Floors three to eight.", "Is there a gym?", "Yes, open 24/7.");
        Threads.publish(mapper, UUID.randomUUID().toString(), thread);
        String oldVersion = versions.active().version;
        await().atMost(WAIT).until(() -> count(oldVersion, threadId) == 6);
        long oldTotal = chunks.count(oldVersion);
        String newVersion = "v-test-" + UUID.randomUUID().toString().substring(0, 6);

        Response started = given().header(AUTHORIZATION, TestTokens.bearer(Scopes.TRAINING_WRITE))
                .contentType("application/json").body(Map.of("version", newVersion))
                .when().post("/api/training/start");
        started.then().statusCode(202);
        assertThat(started.jsonPath().getString("version")).isEqualTo(newVersion);
        assertThat(started.jsonPath().getString("status")).isEqualTo("running");
        assertThat(started.jsonPath().getString("sourceVersion")).isEqualTo(oldVersion);
        assertThat(started.jsonPath().getString("model")).isEqualTo("all-minilm-l6-v2");
        String runId = started.jsonPath().getString("runId");

        // While the run is building: the old version is still the one searched.
        assertThat(version(newVersion).getString("status")).isEqualTo("running");
        assertThat(version(newVersion).getBoolean("active")).isFalse();
        assertThat(version(oldVersion).getBoolean("active")).isTrue();
        assertThat(searchVersion()).isEqualTo(oldVersion);
        given().header(AUTHORIZATION, TestTokens.bearer(Scopes.TRAINING_WRITE))
                .contentType("application/json").body(Map.of("version", "another-" + newVersion))
                .when().post("/api/training/start").then().statusCode(409);
        given().header(AUTHORIZATION, TestTokens.bearer(Scopes.ADMIN))
                .when().post("/api/embeddings/versions/" + newVersion + "/activate").then().statusCode(409);

        await().atMost(WAIT).until(() -> "completed".equals(version(newVersion).getString("status")));
        await().atMost(WAIT).until(() -> version(newVersion).getBoolean("active"));
        assertThat(version(oldVersion).getBoolean("active")).isFalse();
        assertThat(version(newVersion).getInt("chunks")).isGreaterThanOrEqualTo((int) oldTotal);
        assertThat(count(newVersion, threadId)).isEqualTo(6);
        assertThat(chunks.findRaw(Filters.eq("embedding_version", newVersion)))
                .allSatisfy(d -> assertThat(d.getString("embedding_model")).isEqualTo("all-minilm-l6-v2"));
        assertThat(searchVersion()).isEqualTo(newVersion);
        assertThat(searchTop("Do any of the units have a private balcony?")).isEqualTo(threadId + "-m0");

        ConsumerRecord<String, String> completed = KafkaTestClient.awaitRecord(Topics.EMBEDDINGS_EVENTS,
                r -> newVersion.equals(r.key()), WAIT);
        assertThat(KafkaTestClient.header(completed, "ce_type")).contains(EventTypes.EMBEDDING_RUN_COMPLETED);
        JsonNode data = mapper.readTree(completed.value());
        assertThat(data.get("runId").asText()).isEqualTo(runId);
        assertThat(data.get("status").asText()).isEqualTo("completed");
        assertThat(data.get("chunks").asInt()).isGreaterThanOrEqualTo(6);

        given().header(AUTHORIZATION, TestTokens.bearer(Scopes.TRAINING_WRITE))
                .contentType("application/json").body(Map.of("version", newVersion))
                .when().post("/api/training/start").then().statusCode(409);

        // Rollback to the older complete version.
        given().header(AUTHORIZATION, TestTokens.bearer(Scopes.ADMIN))
                .when().post("/api/embeddings/versions/" + oldVersion + "/activate")
                .then().statusCode(200).body("active", org.hamcrest.Matchers.equalTo(true));
        assertThat(version(oldVersion).getBoolean("active")).isTrue();
        assertThat(version(newVersion).getBoolean("active")).isFalse();
        assertThat(searchVersion()).isEqualTo(oldVersion);
        assertThat(searchTop("Do any of the units have a private balcony?")).isEqualTo(threadId + "-m0");
    }

    private long count(String version, String threadId) {
        return chunks.findRaw(Filters.and(Filters.eq("embedding_version", version), Filters.eq("threadId", threadId)))
                .size();
    }

    private static JsonPath version(String version) {
        List<Map<String, Object>> all = given().header(AUTHORIZATION, TestTokens.bearer(Scopes.TRAINING_READ))
                .when().get("/api/embeddings/versions").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> found = all.stream().filter(v -> version.equals(v.get("version"))).findFirst()
                .orElseThrow(() -> new AssertionError("no version " + version + " in " + all));
        return new JsonPath(toJson(found));
    }

    private static String toJson(Map<String, Object> map) {
        try {
            return new ObjectMapper().writeValueAsString(map);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String searchVersion() {
        return given().header(AUTHORIZATION, TestTokens.bearer(Scopes.TRAINING_READ))
                .contentType("application/json").body(Map.of("text", "balcony")).when()
                .post("/api/embeddings/search").then().statusCode(200).extract().header("Embedding-Version");
    }

    private static String searchTop(String text) {
        return given().header(AUTHORIZATION, TestTokens.bearer(Scopes.TRAINING_READ))
                .contentType("application/json").body(Map.of("text", text, "k", 1)).when()
                .post("/api/embeddings/search").then().statusCode(200).extract().jsonPath().getString("[0].messageId");
    }
}
