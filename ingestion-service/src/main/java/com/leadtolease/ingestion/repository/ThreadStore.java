package com.leadtolease.ingestion.repository;

import com.leadtolease.ingestion.domain.OutboxEntry;
import com.leadtolease.ingestion.domain.ProcessedThread;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;

/**
 * Writes a job's threads without transactions, so that a failed job leaves nothing visible: everything is written
 * staged under the job id (threads {@code status: staging}, messages and raw_messages {@code visible: false}),
 * {@link #commit} makes it visible at the end, {@link #rollback} deletes what a failed job staged. A thread whose
 * id (content hash) is already stored is skipped, which makes re-ingesting the same content a no-op.
 */
@ApplicationScoped
public class ThreadStore {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final IngestionDatabase db;

    public ThreadStore(IngestionDatabase db) {
        this.db = db;
    }

    /**
     * Stages the threads of one batch; each thread document carries its {@code threads.ingested} event.
     *
     * @return the threads this call stored; the others were already stored (by an earlier job or earlier in this one)
     */
    public List<ProcessedThread> stage(String jobId, List<ProcessedThread> batch, Instant now,
                                       Function<ProcessedThread, OutboxEntry> eventOf) {
        Map<String, ProcessedThread> byId = new LinkedHashMap<>();
        batch.forEach(thread -> byId.putIfAbsent(thread.threadId(), thread));
        Set<String> existing = new HashSet<>();
        db.threads().find(Filters.in("_id", byId.keySet())).projection(Projections.include("_id"))
                .forEach(doc -> existing.add(doc.getString("_id")));
        List<ProcessedThread> candidates = byId.values().stream()
                .filter(thread -> !existing.contains(thread.threadId())).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<ProcessedThread> stored = insertThreads(jobId, candidates, now, eventOf);
        List<WriteModel<Document>> messages = new ArrayList<>();
        List<WriteModel<Document>> raw = new ArrayList<>();
        for (ProcessedThread thread : stored) {
            thread.messages().forEach(m -> messages.add(replace(ThreadDocuments.message(m, jobId))));
            thread.rawMessages().forEach(r -> raw.add(replace(ThreadDocuments.raw(r, jobId))));
        }
        if (!messages.isEmpty()) {
            db.messages().bulkWrite(messages, UNORDERED);
            db.rawMessages().bulkWrite(raw, UNORDERED);
        }
        return stored;
    }

    /** Inserts the thread documents; one that another job inserted meanwhile (duplicate key) is left out. */
    private List<ProcessedThread> insertThreads(String jobId, List<ProcessedThread> threads, Instant now,
                                                Function<ProcessedThread, OutboxEntry> eventOf) {
        List<Document> docs = threads.stream()
                .map(thread -> ThreadDocuments.thread(thread, jobId, now, eventOf.apply(thread))).toList();
        Set<Integer> duplicates = new HashSet<>();
        try {
            db.threads().insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(error.getIndex());
            }
        }
        List<ProcessedThread> inserted = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            if (!duplicates.contains(i)) {
                inserted.add(threads.get(i));
            }
        }
        return inserted;
    }

    private static ReplaceOneModel<Document> replace(Document doc) {
        return new ReplaceOneModel<>(Filters.eq("_id", doc.get("_id")), doc, UPSERT);
    }

    /**
     * Makes everything the job staged visible: messages first, threads last (a thread is what readers and the
     * outbox relay look for, so a thread is never visible without its messages). Safe to repeat.
     */
    public void commit(String jobId) {
        Document show = new Document("$set", new Document("visible", true));
        db.messages().updateMany(Filters.and(Filters.eq("job_id", jobId), Filters.eq("visible", false)), show);
        db.rawMessages().updateMany(Filters.and(Filters.eq("job_id", jobId), Filters.eq("visible", false)), show);
        db.threads().updateMany(Filters.and(Filters.eq("job_id", jobId), Filters.eq("status", ThreadDocuments.STAGING)),
                Updates.set("status", ThreadDocuments.COMMITTED));
    }

    /** Deletes what a failed job staged. Safe to repeat. */
    public void rollback(String jobId) {
        db.threads().deleteMany(Filters.and(Filters.eq("job_id", jobId), Filters.eq("status", ThreadDocuments.STAGING)));
        db.messages().deleteMany(Filters.and(Filters.eq("job_id", jobId), Filters.eq("visible", false)));
        db.rawMessages().deleteMany(Filters.and(Filters.eq("job_id", jobId), Filters.eq("visible", false)));
    }
}
