package com.leadtolease.ingestion.repository;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The collections of database {@code ingestion} and their indexes (DESIGN.md "Data"). */
@ApplicationScoped
public class IngestionDatabase {

    public static final String THREADS = "threads";
    public static final String MESSAGES = "messages";
    public static final String RAW_MESSAGES = "raw_messages";
    public static final String JOBS = "ingest_jobs";

    private final MongoDatabase database;

    public IngestionDatabase(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String name) {
        this.database = client.getDatabase(name);
    }

    /** Before anything else at startup (recovery, seeding, the relay). */
    void createIndexes(@Observes @Priority(-20) StartupEvent startup) {
        messages().createIndex(Indexes.ascending("thread_id", "turn_index"), new IndexOptions().name("thread_turn"));
        messages().createIndex(Indexes.compoundIndex(Indexes.ascending("stage"), Indexes.descending("timestamp")),
                new IndexOptions().name("stage_recent"));
        messages().createIndex(Indexes.ascending("role"), new IndexOptions().name("role"));
        rawMessages().createIndex(Indexes.ascending("thread_id", "turn_index"), new IndexOptions().name("thread_turn"));
        threads().createIndex(Indexes.ascending("status", "source", "stage"), new IndexOptions().name("listing"));
        threads().createIndex(Indexes.ascending("job_id", "status"), new IndexOptions().name("job_staging"));
        jobs().createIndex(Indexes.ascending("status"), new IndexOptions().name("status"));
    }

    public MongoCollection<Document> threads() {
        return database.getCollection(THREADS);
    }

    public MongoCollection<Document> messages() {
        return database.getCollection(MESSAGES);
    }

    public MongoCollection<Document> rawMessages() {
        return database.getCollection(RAW_MESSAGES);
    }

    public MongoCollection<Document> jobs() {
        return database.getCollection(JOBS);
    }
}
