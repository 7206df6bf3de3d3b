package com.leadtolease.gateway.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The gateway's chat collections: chat_sessions and chat_replies (the per-session reply log). */
@ApplicationScoped
public class ChatStore {

    static final String SESSIONS = "chat_sessions";
    static final String REPLIES = "chat_replies";

    private final MongoDatabase database;

    ChatStore(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.database = mongo.getDatabase(database);
    }

    void createIndexes(@Observes StartupEvent event) {
        collection(REPLIES).createIndex(Indexes.ascending("key"), new IndexOptions().unique(true).sparse(true));
        collection(REPLIES).createIndex(Indexes.ascending("sessionId"));
        collection(SESSIONS).createIndex(Indexes.ascending("lastActiveAt"));
    }

    MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    static boolean isDuplicateKey(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
