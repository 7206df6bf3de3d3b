package com.leadtolease.ingestion.repository;

import com.leadtolease.ingestion.domain.StoredMessage;
import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.mongodb.client.FindIterable;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Reads committed threads and visible messages only: what a running or failed job staged is never shown. */
@ApplicationScoped
public class ThreadQueries {

    private static final Bson THREAD_FIELDS = Projections.exclude(MongoOutboxStore.FIELDS);

    private final IngestionDatabase db;

    public ThreadQueries(IngestionDatabase db) {
        this.db = db;
    }

    public List<Document> list(Optional<String> source, Optional<String> stage, int pageIndex, int pageSize) {
        return db.threads().find(filter(source, stage)).projection(THREAD_FIELDS).sort(Sorts.ascending("_id"))
                .skip(pageIndex * pageSize).limit(pageSize).into(new ArrayList<>());
    }

    public long count(Optional<String> source, Optional<String> stage) {
        return db.threads().countDocuments(filter(source, stage));
    }

    public long countAll() {
        return db.threads().countDocuments();
    }

    /**
     * A committed thread. Looked up by {@code _id} alone and checked here: the embedded dev store answers only such a
     * filter from an index (this lookup scanned 145,000 threads otherwise).
     */
    public Optional<Document> thread(String threadId) {
        return Optional.ofNullable(db.threads().find(Filters.eq("_id", threadId)).projection(THREAD_FIELDS).first())
                .filter(thread -> ThreadDocuments.COMMITTED.equals(thread.getString("status")));
    }

    /**
     * The messages of a thread, by their ids ({@code threadId:0} up to its message count), so no store scans the
     * messages collection; callers show them only for a committed thread (see {@link #thread}).
     */
    public List<Document> messages(Document thread) {
        String threadId = thread.getString("_id");
        int count = thread.getInteger("message_count", 0);
        List<String> ids = new ArrayList<>(count);
        for (int turn = 0; turn < count; turn++) {
            ids.add(StoredMessage.idOf(threadId, turn));
        }
        return db.messages().find(Filters.in("_id", ids)).sort(Sorts.ascending("turn_index")).into(new ArrayList<>());
    }

    /** Every committed thread's id and message count in id order, read lazily (for exports). */
    public FindIterable<Document> allThreadIds() {
        return db.threads().find(Filters.eq("status", ThreadDocuments.COMMITTED))
                .projection(Projections.include("_id", "message_count")).sort(Sorts.ascending("_id")).batchSize(500);
    }

    private static Bson filter(Optional<String> source, Optional<String> stage) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("status", ThreadDocuments.COMMITTED));
        source.ifPresent(value -> filters.add(Filters.eq("source", value)));
        stage.ifPresent(value -> filters.add(Filters.eq("stage", value)));
        return Filters.and(filters);
    }
}
