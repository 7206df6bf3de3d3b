package com.leadtolease.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.embedding.repository.ChunkRepository;
import com.leadtolease.embedding.repository.ManifestRepository;
import com.leadtolease.embedding.service.EmbeddingModels;
import com.leadtolease.embedding.service.Versions;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.embedding.support.Threads;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** threads.ingested on the real Kafka broker becomes vectors, a manifest entry and an event, exactly once. */
@QuarkusTest
class ThreadIngestionFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ObjectMapper mapper;
    @Inject
    ChunkRepository chunks;
    @Inject
    ManifestRepository manifest;
    @Inject
    Versions versions;

    @Test
    void ingestedThreadIsChunkedEmbeddedRecordedAndAnnouncedOnceEvenWhenRedelivered() throws Exception {
        String threadId = Threads.newId("th-parking");
        String longText = IntStream.range(0, 500).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        ThreadIngestedData thread = Threads.thread(threadId, "qualifying", Instant.parse("2024-02-01T10:00:00Z"),
                "Is there covered parking at the building?", "Yes, garage spots are 75 dollars a month.", longText);
        String eventId = UUID.randomUUID().toString();
        String version = versions.active().version;

        Threads.publish(mapper, eventId, thread);

        await().atMost(WAIT).until(() -> docs(threadId).size() == 4);
        List<Document> docs = docs(threadId);
        assertThat(docs).extracting(d -> d.getString("messageId") + "#" + d.getInteger("chunkIndex"))
                .containsExactly(threadId + "-m0#0", threadId + "-m1#0", threadId + "-m2#0", threadId + "-m2#1");
        for (Document d : docs) {
            assertThat(d.getList("embedding", Double.class)).hasSize(384);
            assertThat(d.getString("embedding_model")).isEqualTo(EmbeddingModels.MINILM);
            assertThat(d.getString("embedding_version")).isEqualTo(version);
            assertThat(d.getString("threadId")).isEqualTo(threadId);
            assertThat(d.getString("stage")).isEqualTo("qualifying");
            assertThat(d.getDate("timestamp")).isNotNull();
        }
        assertThat(docs.get(0)).containsEntry("role", "lead").containsEntry("turnIndex", 0)
                .containsEntry("text", "Is there covered parking at the building?");
        assertThat(docs.get(2).getString("text").split(" ")).hasSize(384);
        assertThat(docs.get(3).getString("text")).startsWith("word334 ").endsWith("word499");

        EmbeddingRun run = ingestRuns(threadId).get(0);
        assertThat(run.status).isEqualTo("completed");
        assertThat(run.sourceEventId).isEqualTo(eventId);
        assertThat(run.model).isEqualTo(EmbeddingModels.MINILM);
        assertThat(run.version).isEqualTo(version);
        assertThat(run.dimensions).isEqualTo(384);
        assertThat(run.active).isTrue();
        assertThat(run.messages).isEqualTo(3);
        assertThat(run.chunks).isEqualTo(4);
        assertThat(run.threads).isEqualTo(1);
        assertThat(run.finishedAt).isNotNull();

        ConsumerRecord<String, String> upserted = KafkaTestClient.awaitRecord(Topics.EMBEDDINGS_EVENTS,
                r -> threadId.equals(r.key()), WAIT);
        assertThat(KafkaTestClient.header(upserted, "ce_type")).contains(EventTypes.EMBEDDINGS_UPSERTED);
        assertThat(KafkaTestClient.header(upserted, "ce_subject")).contains(threadId);
        JsonNode data = mapper.readTree(upserted.value());
        assertThat(data.get("chunks").asInt()).isEqualTo(4);
        assertThat(data.get("version").asText()).isEqualTo(version);
        assertThat(data.get("model").asText()).isEqualTo(EmbeddingModels.MINILM);
        await().atMost(WAIT).until(() -> manifest.findById(run.id).outbox.isEmpty());

        // Redelivered (same event id), then re-ingested unchanged under a new event id (same content hash);
        // a marker thread on the same partition shows both were consumed.
        Threads.publish(mapper, eventId, thread);
        Threads.publish(mapper, UUID.randomUUID().toString(), thread);
        String markerId = Threads.newId("th-marker");
        ThreadIngestedData marker = Threads.thread(markerId, "qualifying", Instant.parse("2024-02-02T10:00:00Z"),
                "When can I move in?");
        KafkaTestClient.sendCloudEvent("/ingestion-service", Topics.THREADS_INGESTED, threadId, UUID.randomUUID().toString(),
                EventTypes.THREAD_INGESTED, markerId, Instant.now(), mapper.writeValueAsString(marker));
        await().atMost(WAIT).until(() -> docs(markerId).size() == 1);

        assertThat(docs(threadId)).hasSize(4);
        assertThat(ingestRuns(threadId)).hasSize(1);
        KafkaTestClient.awaitRecord(Topics.EMBEDDINGS_EVENTS, r -> markerId.equals(r.key()), WAIT);
        assertThat(KafkaTestClient.readFor(Topics.EMBEDDINGS_EVENTS, r -> threadId.equals(r.key()),
                Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void changedThreadContentReplacesItsChunks() {
        String threadId = Threads.newId("th-edit");
        Instant start = Instant.parse("2024-03-01T10:00:00Z");
        Threads.publish(mapper, UUID.randomUUID().toString(),
                Threads.thread(threadId, "touring", start, "Can we tour on Friday?", "Friday at 3pm works."));
        await().atMost(WAIT).until(() -> docs(threadId).size() == 2);

        Threads.publish(mapper, UUID.randomUUID().toString(),
                Threads.thread(threadId, "touring", start, "Can we tour on Saturday instead?"));
        await().atMost(WAIT).until(() -> docs(threadId).size() == 1
                && docs(threadId).get(0).getString("text").contains("Saturday"));
        assertThat(ingestRuns(threadId)).hasSize(2);
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopic() {
        String key = Threads.newId("th-broken");
        KafkaTestClient.send(Topics.THREADS_INGESTED, key, "{not json", Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", EventTypes.THREAD_INGESTED,
                "ce_source", "/ingestion-service", "ce_subject", key));
        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(Topics.deadLetter(Topics.THREADS_INGESTED),
                r -> key.equals(r.key()), WAIT);
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).hasValueSatisfying(
                reason -> assertThat(reason).contains("ThreadIngestedData"));
    }

    private List<Document> docs(String threadId) {
        List<Document> found = chunks.findRaw(Filters.and(Filters.eq("threadId", threadId),
                Filters.eq("embedding_version", versions.active().version)));
        found.sort(Comparator.comparing((Document d) -> d.getString("messageId"))
                .thenComparing(d -> d.getInteger("chunkIndex")));
        return found;
    }

    private List<EmbeddingRun> ingestRuns(String threadId) {
        return manifest.list("kind = ?1 and threadId = ?2", "ingest", threadId);
    }
}
