package com.leadtolease.gateway.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/** chat_sessions: one document per web-chat session, also holding its reply counter ({@code lastSeq}). */
@ApplicationScoped
public class ChatSessionRepository {

    private final MongoCollection<Document> sessions;

    ChatSessionRepository(ChatStore store) {
        this.sessions = store.collection(ChatStore.SESSIONS);
    }

    public void create(String sessionId, String propertyId, Instant createdAt) {
        sessions.insertOne(new Document("_id", sessionId).append("propertyId", propertyId)
                .append("createdAt", Date.from(createdAt)).append("lastSeq", 0L));
    }

    public Optional<String> propertyId(String sessionId) {
        return Optional.ofNullable(sessions.find(eq("_id", sessionId)).first()).map(d -> d.getString("propertyId"));
    }

    /** The next reply number of the session (1, 2, ...), atomically; sessions opened over REST get their document here. */
    long nextSeq(String sessionId) {
        Document counter = sessions.findOneAndUpdate(eq("_id", sessionId), Updates.inc("lastSeq", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("lastSeq")).longValue();
    }
}
