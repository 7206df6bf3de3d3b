package com.leadtolease.ingestion.repository;

import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.ingestion.domain.ProcessedThread;
import com.leadtolease.ingestion.domain.StoredMessage;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Writes a job's threads without transactions, so that a failed job leaves nothing visible: everything is written
 * staged under the job id (threads {@code status: staging}; their messages are shown only through a committed
 * thread), {@link #commit} makes it visible at the end, {@link #rollback} deletes what a failed job staged. A
 * thread whose id (content hash) is already stored is skipped, which makes re-ingesting the same content a no-op.
 */
@ApplicationScoped
public class ThreadStore {

    private static final int STAGED_BATCH = 1000;
    private static final InsertManyOptions UNORDERED_INSERT = new InsertManyOptions().ordered(false);

    private final IngestionDatabase db;

    public ThreadStore(IngestionDatabase db) {
        this.db = db;
    }

    /**
     * Stages the threads of one batch; each thread document carries its {@code threads.ingested} event (or the
     * events of its parts, see {@link com.leadtolease.ingestion.messaging.ThreadEvents}).
     *
     * @return the threads this call stored; the others were already stored (by an earlier job or earlier in this one)
     */
    public List<ProcessedThread> stage(String jobId, List<ProcessedThread> batch, Instant now,
                                       Function<ProcessedThread, List<OutboxEvent>> eventsOf) {
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
        List<ProcessedThread> stored = insertThreads(jobId, candidates, now, eventsOf);
        List<Document> messages = new ArrayList<>();
        List<Document> raw = new ArrayList<>();
        for (ProcessedThread thread : stored) {
            thread.messages().forEach(m -> messages.add(ThreadDocuments.message(m, jobId)));
            thread.rawMessages().forEach(r -> raw.add(ThreadDocuments.raw(r, jobId)));
        }
        // A message already stored belongs to a thread this call now owns: left behind by a rollback that stopped
        // halfway, its id and content derive from the same thread, so it is kept.
        insertSkippingDuplicates(db.messages(), messages);
        insertSkippingDuplicates(db.rawMessages(), raw);
        return stored;
    }

    /**
     * Plain unordered inserts (much cheaper than upserts) that leave out documents whose id is stored already.
     *
     * @return the positions in {@code docs} of those left out
     */
    private static Set<Integer> insertSkippingDuplicates(MongoCollection<Document> collection, List<Document> docs) {
        Set<Integer> duplicates = new HashSet<>();
        if (docs.isEmpty()) {
            return duplicates;
        }
        try {
            collection.insertMany(docs, UNORDERED_INSERT);
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(error.getIndex());
            }
        }
        return duplicates;
    }

    /** Inserts the thread documents; one that another job inserted meanwhile (duplicate key) is left out. */
    private List<ProcessedThread> insertThreads(String jobId, List<ProcessedThread> threads, Instant now,
                                                Function<ProcessedThread, List<OutboxEvent>> eventsOf) {
        List<Document> docs = threads.stream()
                .map(thread -> ThreadDocuments.thread(thread, jobId, now, eventsOf.apply(thread))).toList();
        Set<Integer> duplicates = insertSkippingDuplicates(db.threads(), docs);
        List<ProcessedThread> inserted = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            if (!duplicates.contains(i)) {
                inserted.add(threads.get(i));
            }
        }
        return inserted;
    }

    /**
     * Makes everything the job staged visible: a thread's messages are shown only once the thread is committed, so
     * flipping the thread documents is the whole commit. Done a batch of ids at a time, so a store that loads the
     * documents it updates (the embedded dev store) never holds a whole large job at once. Safe to repeat.
     */
    /** Committed threads: the only ones whose events are relayed and whose content is served. */
    public static Bson committed() {
        return Filters.eq("status", ThreadDocuments.COMMITTED);
    }

    public void commit(String jobId) {
        forEachBatchOfStaged(jobId, staged -> db.threads().updateMany(Filters.in("_id", threadIds(staged)),
                Updates.set("status", ThreadDocuments.COMMITTED)));
    }

    /**
     * Deletes what a failed job staged: the messages of its uncommitted threads, then the threads (so a rollback
     * stopped halfway is finished by the next one). Safe to repeat.
     */
    public void rollback(String jobId) {
        forEachBatchOfStaged(jobId, staged -> {
            List<String> messageIds = messageIds(staged);
            db.messages().deleteMany(Filters.in("_id", messageIds));
            db.rawMessages().deleteMany(Filters.in("_id", messageIds));
            db.threads().deleteMany(Filters.in("_id", threadIds(staged)));
        });
    }

    private record StagedThread(String threadId, int messageCount) {
    }

    /**
     * The job's staged threads, read first and then handed over in batches. Every write then selects by {@code _id}
     * alone, the one filter the embedded dev store answers from an index instead of scanning the collection.
     */
    private void forEachBatchOfStaged(String jobId, Consumer<List<StagedThread>> action) {
        List<StagedThread> staged = new ArrayList<>();
        db.threads().find(Filters.and(Filters.eq("job_id", jobId), Filters.eq("status", ThreadDocuments.STAGING)))
                .projection(Projections.include("_id", "message_count"))
                .forEach(thread -> staged.add(new StagedThread(thread.getString("_id"),
                        thread.getInteger("message_count", 0))));
        for (int from = 0; from < staged.size(); from += STAGED_BATCH) {
            action.accept(staged.subList(from, Math.min(staged.size(), from + STAGED_BATCH)));
        }
    }

    private static List<String> threadIds(List<StagedThread> staged) {
        return staged.stream().map(StagedThread::threadId).toList();
    }

    private static List<String> messageIds(List<StagedThread> staged) {
        List<String> ids = new ArrayList<>();
        for (StagedThread thread : staged) {
            for (int turn = 0; turn < thread.messageCount(); turn++) {
                ids.add(StoredMessage.idOf(thread.threadId(), turn));
            }
        }
        return ids;
    }
}
