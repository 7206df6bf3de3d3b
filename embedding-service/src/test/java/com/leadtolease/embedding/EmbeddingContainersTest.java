package com.leadtolease.embedding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.embedding.domain.Chunk;
import com.leadtolease.embedding.domain.EmbeddedChunk;
import com.leadtolease.embedding.index.AtlasStores;
import com.leadtolease.embedding.index.AtlasVectorIndex;
import com.leadtolease.embedding.index.LocalVectorIndex;
import com.leadtolease.embedding.index.SearchFilter;
import com.leadtolease.embedding.index.VectorHit;
import com.leadtolease.embedding.index.VectorIndex;
import com.leadtolease.embedding.repository.ChunkRepository;
import com.leadtolease.embedding.support.Threads;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.ContainersProfile;
import com.leadtolease.testing.TestTokens;
import com.mongodb.client.MongoClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * embedding-service on MongoDB Atlas Local and Apache Kafka: the Atlas backend (langchain4j MongoDbEmbeddingStore,
 * real {@code $vectorSearch}) finds what the exact local index finds, and an ingested thread is searchable.
 */
@Tag(ContainersProfile.TAG)
@Testcontainers(disabledWithoutDocker = true)
@QuarkusTest
@TestProfile(EmbeddingContainersTest.AtlasBackend.class)
class EmbeddingContainersTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int DIMENSIONS = 384;

    /** The containers, with the Atlas backend selected. */
    public static class AtlasBackend extends ContainersProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("embedding.index.backend", "atlas");
        }
    }

    @Inject
    ChunkRepository chunks;
    @Inject
    MongoClient client;
    @Inject
    ObjectMapper mapper;

    @Test
    void atlasVectorSearchReturnsTheSameTopTenAsTheExactLocalIndex() {
        String version = "recall-" + UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(17);
        List<EmbeddedChunk> stored = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Chunk chunk = new Chunk("m" + i, 0, "t" + i, 0, i % 2 == 0 ? "lead" : "agent", "touring",
                    Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i * 3600L), "message " + i);
            stored.add(new EmbeddedChunk(chunk, randomVector(random), "recall-model", version));
        }
        chunks.upsert(stored);
        VectorIndex local = new LocalVectorIndex(chunks);
        VectorIndex atlas = new AtlasVectorIndex(new AtlasStores(client, "embedding", chunks,
                "recall_vector", 20), 5, 500);
        atlas.prepare(version, DIMENSIONS);
        List<float[]> queries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            queries.add(randomVector(random));
        }

        // Atlas indexes asynchronously: wait until every query answers in full, then compare.
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (float[] query : queries) {
                assertThat(ids(atlas.search(version, query, SearchFilter.NONE, 10)))
                        .containsExactlyInAnyOrderElementsOf(ids(local.search(version, query, SearchFilter.NONE, 10)));
            }
        });
        SearchFilter leads = new SearchFilter("lead", "touring", Instant.parse("2025-01-03T00:00:00Z"));
        for (float[] query : queries) {
            List<VectorHit> filtered = atlas.search(version, query, leads, 10);
            assertThat(ids(filtered)).containsExactlyInAnyOrderElementsOf(ids(local.search(version, query, leads, 10)));
            assertThat(filtered).allSatisfy(hit -> assertThat(Integer.parseInt(hit.id().split(":m")[1].split(":")[0]) % 2)
                    .isZero());
        }
    }

    @Test
    void anIngestedThreadIsFoundThroughAtlasSearch() {
        String threadId = Threads.newId("atlas-pets");
        ThreadIngestedData thread = Threads.thread(threadId, "touring", Instant.parse("2024-06-01T10:00:00Z"),
                "Hi, we are moving to Austin next month.",
                "Our pet policy: dogs and cats are welcome, up to two pets, with a 300 dollar pet deposit.");
        Threads.publish(mapper, UUID.randomUUID().toString(), thread);

        await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonPath results = given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                    .contentType("application/json").body(Map.of("text", "do you allow dogs", "k", 3))
                    .when().post("/api/embeddings/search").then().statusCode(200).extract().jsonPath();
            assertThat(results.getString("[0].messageId")).isEqualTo(threadId + "-m1");
            assertThat(results.getString("[0].role")).isEqualTo("agent");
        });
    }

    private static List<String> ids(List<VectorHit> hits) {
        return hits.stream().map(VectorHit::id).toList();
    }

    private static float[] randomVector(Random random) {
        float[] vector = new float[DIMENSIONS];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return vector;
    }
}
