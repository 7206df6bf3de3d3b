package com.leadtolease.gateway.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

/**
 * chat_sessions: one document per web-chat session, also holding its reply counter ({@code lastSeq}) and the time of
 * its last reply ({@code lastActiveAt}, which the retention job reads).
 */
@ApplicationScoped
public class ChatSessionRepository {

    private final MongoCollection<Document> sessions;

    ChatSessionRepository(ChatStore store) {
        this.sessions = store.collection(ChatStore.SESSIONS);
    }

    public void create(String sessionId, String propertyId, Instant createdAt) {
        sessions.insertOne(session(sessionId, propertyId, createdAt));
    }

    /**
     * A session opened for someone who is not here yet (a lead from a webhook, invited by email): kept until
     * {@code keepUntil} even without a reply, so the invite link still finds its greeting.
     */
    public void createInvited(String sessionId, String propertyId, Instant createdAt, Instant keepUntil) {
        sessions.insertOne(session(sessionId, propertyId, createdAt).append("keepUntil", Date.from(keepUntil)));
    }

    private static Document session(String sessionId, String propertyId, Instant createdAt) {
        return new Document("_id", sessionId).append("propertyId", propertyId)
                .append("createdAt", Date.from(createdAt)).append("lastActiveAt", Date.from(createdAt))
                .append("lastSeq", 0L);
    }

    /**
     * Makes {@code client} the integration that speaks in the session, when the session is new; true when the client
     * holds it now (just claimed, or claimed before by the same client). A session a prospect opened, or another
     * client claimed, stays theirs: nothing is written then.
     */
    public boolean claim(String sessionId, String client, Instant at) {
        try {
            sessions.insertOne(new Document("_id", sessionId).append("client", client)
                    .append("createdAt", Date.from(at)).append("lastActiveAt", Date.from(at)).append("lastSeq", 0L));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return client.equals(client(sessionId).orElse(null));
        }
    }

    /** The integration that started the session ({@code client:<id>}), empty for a prospect's own session. */
    public Optional<String> client(String sessionId) {
        return Optional.ofNullable(sessions.find(eq("_id", sessionId)).projection(Projections.include("client"))
                .first()).map(d -> d.getString("client"));
    }

    public boolean contains(String sessionId) {
        return sessions.find(eq("_id", sessionId)).projection(Projections.include("_id")).first() != null;
    }

    public Optional<String> propertyId(String sessionId) {
        return Optional.ofNullable(sessions.find(eq("_id", sessionId)).first()).map(d -> d.getString("propertyId"));
    }

    /** The next reply number of the session (1, 2, ...), atomically; sessions opened over REST get their document here. */
    long nextSeq(String sessionId) {
        Document counter = sessions.findOneAndUpdate(eq("_id", sessionId),
                Updates.combine(Updates.inc("lastSeq", 1L), Updates.set("lastActiveAt", new Date())),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("lastSeq")).longValue();
    }

    /** The last reply number handed out for the session (its reply may still be on its way to the log), 0 if none. */
    long lastSeq(String sessionId) {
        Document session = sessions.find(eq("_id", sessionId)).projection(Projections.include("lastSeq")).first();
        return session == null || session.get("lastSeq") == null ? 0 : ((Number) session.get("lastSeq")).longValue();
    }

    /**
     * Up to {@code limit} ids of sessions without a reply since {@code cutoff} and not kept past {@code now}; a
     * session stored before {@code lastActiveAt} existed counts from its creation.
     */
    public List<String> inactiveSince(Instant cutoff, Instant now, int limit) {
        Date before = Date.from(cutoff);
        return sessions.find(and(
                        or(lt("lastActiveAt", before), and(exists("lastActiveAt", false), lt("createdAt", before))),
                        or(exists("keepUntil", false), lt("keepUntil", Date.from(now)))))
                .projection(Projections.include("_id")).limit(limit)
                .map(doc -> doc.getString("_id")).into(new ArrayList<>());
    }

    public void delete(List<String> sessionIds) {
        sessions.deleteMany(in("_id", sessionIds));
    }
}
