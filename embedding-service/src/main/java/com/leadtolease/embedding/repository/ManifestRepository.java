package com.leadtolease.embedding.repository;

import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.embedding.domain.RunKind;
import com.leadtolease.embedding.domain.RunStatus;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code embedding_manifest} collection: every run, its counts and outcome. A version is defined by its
 * bootstrap or re-embedding run; ingest runs add threads to existing versions.
 */
@ApplicationScoped
public class ManifestRepository implements PanacheMongoRepositoryBase<EmbeddingRun, String> {

    private static final List<String> VERSION_KINDS = List.of(RunKind.BOOTSTRAP.value(), RunKind.REEMBED.value());

    void createIndexes(@Observes @Priority(-20) StartupEvent startup) {
        mongoCollection().createIndex(Indexes.ascending("sourceEventId", "version"), new IndexOptions().name("event"));
        mongoCollection().createIndex(Indexes.ascending("threadId", "contentHash", "version"),
                new IndexOptions().name("content"));
        mongoCollection().createIndex(Indexes.ascending("kind", "status"), new IndexOptions().name("kind_status"));
        mongoCollection().createIndex(Indexes.ascending("active"), new IndexOptions().name("active"));
    }

    /** The run that defines the version search serves. */
    public Optional<EmbeddingRun> activeVersion() {
        return Optional.ofNullable(mongoCollection().find(Filters.and(Filters.eq("active", true),
                Filters.in("kind", VERSION_KINDS))).sort(Sorts.descending("finishedAt")).first());
    }

    /** The run that defines a version (bootstrap or re-embedding). */
    public Optional<EmbeddingRun> version(String version) {
        return Optional.ofNullable(mongoCollection().find(Filters.and(Filters.eq("version", version),
                Filters.in("kind", VERSION_KINDS))).first());
    }

    /** Every version, oldest first. */
    public List<EmbeddingRun> versions() {
        return mongoCollection().find(Filters.in("kind", VERSION_KINDS)).sort(Sorts.ascending("startedAt"))
                .into(new ArrayList<>());
    }

    public List<EmbeddingRun> buildingVersions() {
        return mongoCollection().find(Filters.and(Filters.eq("kind", RunKind.REEMBED.value()),
                Filters.eq("status", RunStatus.RUNNING.value()))).into(new ArrayList<>());
    }

    /**
     * True when this event, or the same thread content (the same part of it, for a thread sent in parts), was already
     * embedded into the version. A null part (a whole thread) also matches runs recorded before parts existed.
     */
    public boolean alreadyIngested(String version, String eventId, String threadId, String contentHash,
                                   Integer part) {
        Bson sameEvent = Filters.eq("sourceEventId", eventId);
        Bson sameContent = contentHash == null ? sameEvent
                : Filters.and(Filters.eq("threadId", threadId), Filters.eq("contentHash", contentHash),
                Filters.eq("part", part));
        return mongoCollection().countDocuments(Filters.and(Filters.eq("version", version),
                Filters.eq("kind", RunKind.INGEST.value()), Filters.eq("status", RunStatus.COMPLETED.value()),
                Filters.or(sameEvent, sameContent))) > 0;
    }

    /** Records the outcome of a running run, with its events in the same update; false if it was not running. */
    public boolean finish(EmbeddingRun run, List<OutboxEvent> events) {
        Bson update = Updates.combine(Updates.set("status", run.status), Updates.set("threads", run.threads),
                Updates.set("messages", run.messages), Updates.set("chunks", run.chunks),
                Updates.set("durationMs", run.durationMs), Updates.set("finishedAt", run.finishedAt),
                Updates.set("error", run.error), Updates.pushEach("outbox", events));
        return mongoCollection().updateOne(Filters.and(Filters.eq("_id", run.id),
                Filters.eq("status", RunStatus.RUNNING.value())), update).getModifiedCount() == 1;
    }

    /** Makes the version the one search serves: its runs become active, every other run inactive. */
    public void activate(String version) {
        mongoCollection().updateMany(Filters.eq("version", version), Updates.set("active", true));
        mongoCollection().updateMany(Filters.ne("version", version), Updates.set("active", false));
    }

    /** Re-embedding runs left running by a replica that stopped cannot finish: they are failed. */
    public long failInterrupted(Instant now) {
        return mongoCollection().updateMany(Filters.and(Filters.eq("kind", RunKind.REEMBED.value()),
                        Filters.eq("status", RunStatus.RUNNING.value())),
                Updates.combine(Updates.set("status", RunStatus.FAILED.value()), Updates.set("finishedAt", now),
                        Updates.set("error", "interrupted: the service stopped during the run"))).getModifiedCount();
    }
}
