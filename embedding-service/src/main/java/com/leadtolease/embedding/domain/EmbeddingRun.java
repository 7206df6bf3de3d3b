package com.leadtolease.embedding.domain;

import com.leadtolease.platform.outbox.OutboxEvent;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of {@code embedding_manifest}: a run that wrote vectors of one version (an ingested thread, a full
 * re-embedding, or the empty bootstrap version). {@link #active} is true on every run of the version search
 * serves; activation flips it for whole versions.
 */
@MongoEntity(collection = "embedding_manifest")
public class EmbeddingRun {
    @BsonId
    public String id;
    /** {@link RunKind#value()}. */
    public String kind;
    public String version;
    public String model;
    public int dimensions;
    /** {@link RunStatus#value()}. */
    public String status;
    public boolean active;
    /** For re-embedding runs: the version whose chunks were re-embedded. */
    public String sourceVersion;
    /** For ingest runs: the Kafka event and the thread content it embedded (idempotency keys). */
    public String sourceEventId;
    public String threadId;
    public String contentHash;
    /** For ingest runs of a thread sent in parts: which part (1-based) of how many; null for a whole thread. */
    public Integer part;
    public Integer parts;
    public int threads;
    public int messages;
    public int chunks;
    public long durationMs;
    public Instant startedAt;
    public Instant finishedAt;
    public String error;
    /** Events not yet relayed to Kafka, and their count (kept in the same updates). */
    public List<OutboxEvent> outbox = new ArrayList<>();

    public boolean isCompleted() {
        return RunStatus.COMPLETED.value().equals(status);
    }

    public boolean isRunning() {
        return RunStatus.RUNNING.value().equals(status);
    }
}
