package com.leadtolease.ingestion.repository;

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

    private static final Bson THREAD_FIELDS = Projections.exclude("outbox", "relay_claimed_until", "pending_events");

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

    public Optional<Document> thread(String threadId) {
        return Optional.ofNullable(db.threads().find(Filters.and(Filters.eq("_id", threadId),
                Filters.eq("status", ThreadDocuments.COMMITTED))).projection(THREAD_FIELDS).first());
    }

    /** The messages of a thread; callers show them only for a committed thread (see {@link #thread}). */
    public List<Document> messages(String threadId) {
        return db.messages().find(Filters.eq("thread_id", threadId))
                .sort(Sorts.ascending("turn_index")).into(new ArrayList<>());
    }

    /** Every committed thread id in id order, read lazily (for exports). */
    public FindIterable<Document> allThreadIds() {
        return db.threads().find(Filters.eq("status", ThreadDocuments.COMMITTED))
                .projection(Projections.include("_id")).sort(Sorts.ascending("_id")).batchSize(500);
    }

    private static Bson filter(Optional<String> source, Optional<String> stage) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("status", ThreadDocuments.COMMITTED));
        source.ifPresent(value -> filters.add(Filters.eq("source", value)));
        stage.ifPresent(value -> filters.add(Filters.eq("stage", value)));
        return Filters.and(filters);
    }
}
