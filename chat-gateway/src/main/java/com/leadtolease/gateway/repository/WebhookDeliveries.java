package com.leadtolease.gateway.repository;

import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.platform.outbox.OutboxEventDocuments;
import com.mongodb.MongoWriteException;
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
import java.util.Optional;

/**
 * webhook_deliveries: one document per accepted inbound webhook, keyed by source and idempotency key, holding a hash
 * of the raw body and the answer given (a retry gets exactly that answer) and, in its outbox, the event for
 * {@code webhooks.inbound}: record and event are written in one insert, so one is never there without the other.
 */
@ApplicationScoped
public class WebhookDeliveries {

    static final String COLLECTION = "webhook_deliveries";

    /** The first answer given to a (source, key): what every retry gets. */
    public record Answer(int status, String body) {
    }

    /** An accepted request as first stored. */
    public record Delivery(String bodyHash, Answer answer) {
    }

    private final MongoCollection<Document> deliveries;

    WebhookDeliveries(ChatStore store) {
        this.deliveries = store.collection(COLLECTION);
    }

    void createIndexes(@Observes StartupEvent event) {
        deliveries.createIndex(Indexes.ascending("receivedAt"));
    }

    public MongoCollection<Document> collection() {
        return deliveries;
    }

    public Optional<Delivery> find(String source, String key) {
        return Optional.ofNullable(deliveries.find(Filters.eq("_id", id(source, key))).first())
                .map(WebhookDeliveries::toDelivery);
    }

    /**
     * Stores the accepted request with its answer and event; empty when it is stored, else the delivery already
     * stored under the same (source, key) by a concurrent retry.
     */
    public Optional<Delivery> insert(String source, String key, String bodyHash, Answer answer, OutboxEvent event,
                                     Instant receivedAt) {
        try {
            deliveries.insertOne(new Document("_id", id(source, key)).append("source", source).append("key", key)
                    .append("bodyHash", bodyHash).append("status", answer.status()).append("answer", answer.body())
                    .append("receivedAt", Date.from(receivedAt))
                    .append(MongoOutboxStore.OUTBOX, List.of(OutboxEventDocuments.toDocument(event))));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (ChatStore.isDuplicateKey(e)) {
                return find(source, key);
            }
            throw e;
        }
    }

    /**
     * Deletes up to {@code limit} records received before {@code cutoff} whose event has left; a record whose event
     * is still waiting (the broker away for days) stays until it is sent.
     */
    public int deleteReceivedBefore(Instant cutoff, int limit) {
        List<String> ids = deliveries.find(Filters.and(Filters.lt("receivedAt", Date.from(cutoff)),
                        Filters.or(Filters.exists(MongoOutboxStore.OUTBOX, false),
                                Filters.size(MongoOutboxStore.OUTBOX, 0))))
                .projection(Projections.include("_id")).limit(limit)
                .map(doc -> doc.getString("_id")).into(new ArrayList<>());
        return ids.isEmpty() ? 0 : (int) deliveries.deleteMany(Filters.in("_id", ids)).getDeletedCount();
    }

    public static String id(String source, String key) {
        return source + ":" + key;
    }

    private static Delivery toDelivery(Document doc) {
        return new Delivery(doc.getString("bodyHash"), new Answer(doc.getInteger("status"), doc.getString("answer")));
    }
}
