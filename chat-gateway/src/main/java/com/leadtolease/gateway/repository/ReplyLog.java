package com.leadtolease.gateway.repository;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

/**
 * chat_replies: every reply of a session, numbered 1, 2, ... ({@code seq}) and kept as the exact frame sent to the
 * browser, so a reconnecting client gets every reply after the last one it saw. One document per answered message
 * ({@code _id} = the reply key), so a redelivered event, or the same event stored by another gateway instance, is
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
     * Stores a reply under its key unless it is already there. When two instances store the same reply at once, the
     * loser's number is skipped: seq always increases within a session but may then jump by two.
     *
     * @param frameOf builds the frame for the allocated seq
     */
    public StoredReply append(String sessionId, String replyKey, LongFunction<String> frameOf) {
        Optional<StoredReply> existing = find(replyKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        long seq = sessions.nextSeq(sessionId);
        String frame = frameOf.apply(seq);
        try {
            replies.insertOne(new Document("_id", replyKey).append("sessionId", sessionId).append("seq", seq)
                    .append("frame", frame).append("storedAt", Date.from(Instant.now())));
            return new StoredReply(seq, frame);
        } catch (MongoWriteException e) {
            if (ChatStore.isDuplicateKey(e)) {
                return find(replyKey).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** The session's replies with seq greater than {@code lastSeq}, oldest first. */
    public List<StoredReply> after(String sessionId, long lastSeq) {
        List<StoredReply> found = new ArrayList<>();
        replies.find(and(eq("sessionId", sessionId), gt("seq", lastSeq))).sort(Sorts.ascending("seq"))
                .forEach(doc -> found.add(toReply(doc)));
        return found;
    }

    /** The highest seq stored for the session, 0 when none. */
    public long lastSeq(String sessionId) {
        Document last = replies.find(eq("sessionId", sessionId)).sort(Sorts.descending("seq")).first();
        return last == null ? 0 : toReply(last).seq();
    }

    public void deleteSessions(List<String> sessionIds) {
        replies.deleteMany(in("sessionId", sessionIds));
    }

    private Optional<StoredReply> find(String replyKey) {
        return Optional.ofNullable(replies.find(eq("_id", replyKey)).first()).map(ReplyLog::toReply);
    }

    private static StoredReply toReply(Document doc) {
        return new StoredReply(((Number) doc.get("seq")).longValue(), doc.getString("frame"));
    }
}
