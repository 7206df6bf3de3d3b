package com.leadtolease.embedding.service;

import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.embedding.domain.Chunk;
import com.leadtolease.embedding.domain.EmbeddedChunk;
import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.embedding.domain.RunKind;
import com.leadtolease.embedding.domain.RunStatus;
import com.leadtolease.embedding.index.VectorIndex;
import com.leadtolease.embedding.repository.ChunkRepository;
import com.leadtolease.embedding.repository.ManifestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Embeds one ingested thread into the active version and any version being built: chunks its messages, embeds
 * them in batches (with retries), upserts the vectors, and records an ingest run in the manifest together with
 * its EMBEDDINGS_UPSERTED event. An event (or thread content) already embedded into a version is skipped there. A
 * thread sent in parts is embedded part by part, each idempotent on its own (thread id, content hash, part), and each
 * replacing only the chunks of the turns it carries.
 */
@ApplicationScoped
public class ThreadEmbedder {

    private static final Logger LOG = Logger.getLogger(ThreadEmbedder.class);

    private final Chunker chunker;
    private final BatchEmbedder embedder;
    private final EmbeddingModels models;
    private final Versions versions;
    private final ChunkRepository chunks;
    private final ManifestRepository manifest;
    private final VectorIndex index;
    private final EmbeddingEvents events;

    public ThreadEmbedder(Chunker chunker, BatchEmbedder embedder, EmbeddingModels models, Versions versions,
                          ChunkRepository chunks, ManifestRepository manifest, VectorIndex index,
                          EmbeddingEvents events) {
        this.chunker = chunker;
        this.embedder = embedder;
        this.models = models;
        this.versions = versions;
        this.chunks = chunks;
        this.manifest = manifest;
        this.index = index;
        this.events = events;
    }

    /** @return the ingest runs recorded (none when every target version had this thread already) */
    public List<EmbeddingRun> embed(EventEnvelope<ThreadIngestedData> event) {
        ThreadIngestedData thread = event.data();
        if (thread == null || thread.threadId() == null || thread.threadId().isBlank()) {
            throw new IllegalArgumentException("event " + event.id() + " carries no thread id");
        }
        if (thread.partial() && (thread.part() == null || thread.part() < 1 || thread.part() > thread.parts())) {
            throw new IllegalArgumentException("event " + event.id() + " is one of " + thread.parts()
                    + " parts of thread " + thread.threadId() + " but carries no valid part number");
        }
        Map<String, EmbeddingRun> targets = new LinkedHashMap<>();
        EmbeddingRun active = versions.active();
        targets.put(active.version, active);
        versions.building().forEach(v -> targets.putIfAbsent(v.version, v));

        List<Chunk> threadChunks = chunker.chunks(thread);
        List<EmbeddingRun> recorded = new ArrayList<>();
        for (EmbeddingRun target : targets.values()) {
            if (manifest.alreadyIngested(target.version, event.id(), thread.threadId(), thread.contentHash(),
                    thread.part())) {
                LOG.debugf("Thread %s (event %s, part %s) is already in version %s", thread.threadId(), event.id(),
                        thread.part(), target.version);
                continue;
            }
            recorded.add(embedInto(target, event, thread, threadChunks));
        }
        return recorded;
    }

    private EmbeddingRun embedInto(EmbeddingRun target, EventEnvelope<ThreadIngestedData> event,
                                   ThreadIngestedData thread, List<Chunk> threadChunks) {
        long started = System.nanoTime();
        EmbeddingRun run = newRun(target, event, thread);
        try {
            NamedModel model = models.get(target.model).orElseThrow(() -> new IllegalStateException(
                    "model " + target.model + " of version " + target.version + " is not configured here"));
            List<float[]> vectors = embedder.embed(model, threadChunks.stream().map(Chunk::text).toList());
            List<EmbeddedChunk> embedded = new ArrayList<>(threadChunks.size());
            for (int i = 0; i < threadChunks.size(); i++) {
                embedded.add(new EmbeddedChunk(threadChunks.get(i), vectors.get(i), model.name(), target.version));
            }
            chunks.upsert(embedded);
            deleteReplaced(target.version, thread, embedded.stream().map(EmbeddedChunk::id).toList());
            index.upserted(target.version, embedded);
            run.status = RunStatus.COMPLETED.value();
            run.messages = (int) threadChunks.stream().map(Chunk::messageId).distinct().count();
            run.chunks = embedded.size();
            finish(run, started);
            run.outbox.add(events.upserted(run));
            manifest.persist(run);
            LOG.infof("Thread %s%s: %d chunks of %d messages embedded into version %s in %d ms", thread.threadId(),
                    thread.partial() ? " part " + thread.part() + "/" + thread.parts() : "", run.chunks, run.messages,
                    target.version, run.durationMs);
            return run;
        } catch (RuntimeException e) {
            run.status = RunStatus.FAILED.value();
            run.error = e.getMessage();
            finish(run, started);
            manifest.persist(run);
            throw e;
        }
    }

    /** Chunks of the turns this event carries that it no longer has (a whole thread: every turn). */
    private void deleteReplaced(String version, ThreadIngestedData thread, List<String> keep) {
        if (!thread.partial()) {
            chunks.deleteOthers(version, thread.threadId(), keep);
            return;
        }
        List<Integer> turns = thread.messages() == null ? List.of()
                : thread.messages().stream().map(ThreadIngestedData.IngestedMessage::turnIndex).toList();
        if (turns.isEmpty()) {
            return;
        }
        // The first part also owns the turns before it, the last those after it: the thread's parts cover every turn.
        Integer from = thread.part() == 1 ? null : turns.stream().min(Integer::compare).orElseThrow();
        Integer to = thread.part().equals(thread.parts()) ? null : turns.stream().max(Integer::compare).orElseThrow();
        chunks.deleteOthers(version, thread.threadId(), from, to, keep);
    }

    private static EmbeddingRun newRun(EmbeddingRun target, EventEnvelope<ThreadIngestedData> event,
                                       ThreadIngestedData thread) {
        EmbeddingRun run = new EmbeddingRun();
        run.id = UUID.randomUUID().toString();
        run.kind = RunKind.INGEST.value();
        run.version = target.version;
        run.model = target.model;
        run.dimensions = target.dimensions;
        run.active = target.active;
        run.sourceEventId = event.id();
        run.threadId = thread.threadId();
        run.contentHash = thread.contentHash();
        run.part = thread.part();
        run.parts = thread.parts();
        run.threads = 1;
        run.startedAt = Instant.now();
        return run;
    }

    private static void finish(EmbeddingRun run, long startedNanos) {
        run.finishedAt = Instant.now();
        run.durationMs = (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
