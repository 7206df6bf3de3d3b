package com.leadtolease.gateway.repository;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * chat_messages: the message ids of a session already on {@code chat.inbound}. A browser re-sends its unacked
 * frames after a reconnect; one already published is acknowledged again instead of being published twice.
 */
@ApplicationScoped
public class PublishedMessages {

    private final MongoCollection<Document> messages;

    PublishedMessages(ChatStore store) {
        this.messages = store.collection(ChatStore.MESSAGES);
    }

    public boolean contains(String sessionId, String messageId) {
        return messages.find(eq("_id", id(sessionId, messageId))).first() != null;
    }

    public void record(String sessionId, String messageId) {
        try {
            messages.insertOne(new Document("_id", id(sessionId, messageId)).append("sessionId", sessionId)
                    .append("publishedAt", Date.from(Instant.now())));
        } catch (MongoWriteException e) {
            if (!ChatStore.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    public void deleteSessions(List<String> sessionIds) {
        messages.deleteMany(in("sessionId", sessionIds));
    }

    private static String id(String sessionId, String messageId) {
        return sessionId + "/" + messageId;
    }
}
