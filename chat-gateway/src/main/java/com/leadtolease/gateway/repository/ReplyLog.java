package com.leadtolease.gateway.repository;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * chat_replies: every reply of a session, numbered 1, 2, ... ({@code seq}) and kept as the exact frame sent to the
 * browser, so a reconnecting client gets every reply after the last one it saw. A reply's {@code _id} is
 * {@code sessionId/seq}, so a session's replies are read by id through the {@code _id} index; its {@code key} (the
 * answered message) is unique, so a redelivered event, or the same event stored by another gateway instance, is
 * stored once.
 */
@ApplicationScoped
public class ReplyLog {

    private final MongoCollection<Document> replies;
    private final ChatSessionRepository sessions;

    ReplyLog(ChatStore store, ChatSessionRepository sessions) {
        this.replies = store.collection(ChatStore.REPLIES);
        this.sessions = sessions;
    }

    public record StoredReply(long seq, String frame) {
    }

    /**
     * Stores a reply under its key unless it is already there. A reply stored twice (a redelivery, or two instances
     * at once) keeps its first number, and the second number is skipped: seq always increases within a session but
     * may then jump by two.
     *
     * @param frameOf builds the frame for the allocated seq
     */
    public StoredReply append(String sessionId, String replyKey, LongFunction<String> frameOf) {
        long seq = sessions.nextSeq(sessionId);
        String frame = frameOf.apply(seq);
        try {
            replies.insertOne(new Document("_id", id(sessionId, seq)).append("key", replyKey)
                    .append("sessionId", sessionId).append("seq", seq).append("frame", frame)
                    .append("storedAt", Date.from(Instant.now())));
            return new StoredReply(seq, frame);
        } catch (MongoWriteException e) {
            if (ChatStore.isDuplicateKey(e)) {
                return Optional.ofNullable(replies.find(eq("key", replyKey)).first()).map(ReplyLog::toReply)
                        .orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** The session's replies with seq greater than {@code lastSeq}, oldest first. */
    public List<StoredReply> after(String sessionId, long lastSeq) {
        long allocated = sessions.lastSeq(sessionId);
        if (allocated <= lastSeq) {
            return List.of();
        }
        List<StoredReply> found = new ArrayList<>();
        replies.find(ids(sessionId, lastSeq + 1, allocated)).sort(Sorts.ascending("seq"))
                .forEach(doc -> found.add(toReply(doc)));
        return found;
    }

    /** The highest seq stored for the session, 0 when none. */
    public long lastSeq(String sessionId) {
        long allocated = sessions.lastSeq(sessionId);
        Document last = allocated == 0 ? null : replies.find(ids(sessionId, 1, allocated))
                .projection(Projections.include("seq")).sort(Sorts.descending("seq")).first();
        return last == null ? 0 : ((Number) last.get("seq")).longValue();
    }

    public void deleteSessions(List<String> sessionIds) {
        replies.deleteMany(in("sessionId", sessionIds));
    }

    private static Bson ids(String sessionId, long firstSeq, long lastSeq) {
        return in("_id", LongStream.rangeClosed(firstSeq, lastSeq).mapToObj(seq -> id(sessionId, seq)).toList());
    }

    private static String id(String sessionId, long seq) {
        return sessionId + "/" + seq;
    }

    private static StoredReply toReply(Document doc) {
        return new StoredReply(((Number) doc.get("seq")).longValue(), doc.getString("frame"));
    }
}
