package com.leadtolease.gateway.repository;

import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.platform.outbox.OutboxEventDocuments;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * audit_records: what only the gateway sees (a token issued), each one document whose outbox holds its
 * {@code audit.events} event until the relay has sent it; the audit log itself is agent-service's. Sent records are
 * deleted.
 */
@ApplicationScoped
public class AuditRecords {

    static final String COLLECTION = "audit_records";

    private final MongoCollection<Document> records;

    AuditRecords(ChatStore store) {
        this.records = store.collection(COLLECTION);
    }

    void createIndexes(@Observes StartupEvent event) {
        records.createIndex(Indexes.ascending("recordedAt"));
    }

    public MongoCollection<Document> collection() {
        return records;
    }

    public void insert(String auditId, OutboxEvent event, Instant recordedAt) {
        records.insertOne(new Document("_id", auditId).append("recordedAt", Date.from(recordedAt))
                .append(MongoOutboxStore.OUTBOX, List.of(OutboxEventDocuments.toDocument(event))));
    }

    /** Deletes up to {@code limit} records whose event has left; @return how many */
    public int deleteSent(int limit) {
        List<String> ids = records.find(Filters.or(Filters.exists(MongoOutboxStore.OUTBOX, false),
                        Filters.size(MongoOutboxStore.OUTBOX, 0)))
                .projection(Projections.include("_id")).limit(limit)
                .map(doc -> doc.getString("_id")).into(new ArrayList<>());
        return ids.isEmpty() ? 0 : (int) records.deleteMany(Filters.in("_id", ids)).getDeletedCount();
    }
}
