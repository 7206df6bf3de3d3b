package com.leadtolease.devstack.reconcile;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the services stored: answered messages, transcript lines, the reply log, tours, notification deliveries. */
public record StoreLedger(List<Document> turns, List<Document> agentLines, List<Document> replyLog,
                          List<Document> tours, List<Document> deliveries) {

    public static StoreLedger read(String mongoUri, Duration timeout) {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongoUri))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(b -> b.connectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoDatabase agent = client.getDatabase("agent");
            return new StoreLedger(
                    all(agent, "turns", null, Projections.include("_id", "sessionId", "reply", "outbox")),
                    all(agent, "messages", Filters.and(Filters.eq("source", "live"), Filters.eq("role", "agent")),
                            Projections.include("_id", "threadId")),
                    all(client.getDatabase("gateway"), "chat_replies", null,
                            Projections.include("_id", "key", "sessionId", "seq")),
                    all(client.getDatabase("booking"), "tours", null,
                            Projections.include("_id", "status", "outbox", "sequence")),
                    all(client.getDatabase("notification"), "deliveries", null, Projections.include("_id",
                            "sourceEventId", "sourceEventType", "tourId", "channel", "target", "status",
                            "attempts", "lastError", "outbox")));
        }
    }

    private static List<Document> all(MongoDatabase db, String collection, Bson filter, Bson projection) {
        return db.getCollection(collection).find(filter == null ? new Document() : filter).projection(projection)
                .into(new ArrayList<>());
    }
}
