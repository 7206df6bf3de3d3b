package com.leadtolease.embedding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.embedding.repository.ChunkRepository;
import com.leadtolease.embedding.repository.ManifestRepository;
import com.leadtolease.embedding.service.Versions;
import com.leadtolease.embedding.support.Threads;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.TestTokens;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A thread too large for one record arrives as parts (ingestion.events.max-size): each part is embedded once, a
 * redelivered or re-published part changes nothing, and the messages of every part are searchable.
 */
@QuarkusTest
class ThreadPartsEmbeddingTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    ObjectMapper mapper;
    @Inject
    ChunkRepository chunks;
    @Inject
    ManifestRepository manifest;
    @Inject
    Versions versions;

    @Test
    void eachPartIsEmbeddedOnceAndEveryPartIsSearchable() throws Exception {
        String threadId = Threads.newId("th-parts");
        String firstPartText = "Does the rooftop pool at Birchwood " + RUN + " stay open during the winter months?";
        String secondPartText = "The Birchwood " + RUN + " fitness center is open around the clock for residents.";
        ThreadIngestedData whole = Threads.thread(threadId, "qualifying", Instant.parse("2024-04-01T10:00:00Z"),
                firstPartText, "It is heated and open all year.", "And is there a gym on site?", secondPartText);
        ThreadIngestedData part1 = whole.asPart(1, 2, whole.messages().subList(0, 2));
        ThreadIngestedData part2 = whole.asPart(2, 2, whole.messages().subList(2, 4));
        String part1Event = UUID.randomUUID().toString();

        Threads.publish(mapper, part1Event, part1);
        Threads.publish(mapper, UUID.randomUUID().toString(), part2);
        await().atMost(WAIT).until(() -> docs(threadId).size() == 4);
        assertThat(ingestRuns(threadId)).extracting(run -> run.part + "/" + run.parts + ":" + run.messages)
                .containsExactlyInAnyOrder("1/2:2", "2/2:2");

        // Part 1 redelivered (same event id), part 2 published again (new event id, same content), then a marker
        // thread on the same key, so once it is embedded both have been consumed.
        Threads.publish(mapper, part1Event, part1);
        Threads.publish(mapper, UUID.randomUUID().toString(), part2);
        String markerId = Threads.newId("th-parts-marker");
        ThreadIngestedData marker = Threads.thread(markerId, "qualifying", Instant.parse("2024-04-02T10:00:00Z"),
                "Marker " + RUN + " after the repeated parts.");
        KafkaTestClient.sendCloudEvent("/ingestion-service", Topics.THREADS_INGESTED, threadId,
                UUID.randomUUID().toString(), EventTypes.THREAD_INGESTED, markerId, Instant.now(),
                mapper.writeValueAsString(marker));
        await().atMost(WAIT).until(() -> docs(markerId).size() == 1);

        assertThat(ingestRuns(threadId)).as("one run per part, none for the repeats").hasSize(2);
        assertThat(docs(threadId)).extracting(d -> d.getString("messageId")).containsExactlyInAnyOrder(
                threadId + "-m0", threadId + "-m1", threadId + "-m2", threadId + "-m3");
        assertThat(topHit(firstPartText)).isEqualTo(threadId + "-m0");
        assertThat(topHit(secondPartText)).isEqualTo(threadId + "-m3");
    }

    private String topHit(String text) {
        return given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                .contentType("application/json").body(Map.of("text", text, "k", 3))
                .when().post("/api/embeddings/search")
                .then().statusCode(200).extract().jsonPath().getString("messageId[0]");
    }

    private List<Document> docs(String threadId) {
        return chunks.findRaw(Filters.and(Filters.eq("threadId", threadId),
                Filters.eq("embedding_version", versions.active().version)));
    }

    private List<EmbeddingRun> ingestRuns(String threadId) {
        return manifest.list("kind = ?1 and threadId = ?2", "ingest", threadId);
    }
}
