package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.ConversationSession;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SessionRepository implements PanacheMongoRepositoryBase<ConversationSession, String> {

    /** Saves the whole session if nobody saved it since it was read; bumps its version. */
    public boolean saveIfUnchanged(ConversationSession session) {
        long expected = session.version;
        session.version = expected + 1;
        boolean saved = mongoCollection().replaceOne(
                Filters.and(Filters.eq("_id", session.id), Filters.eq("version", expected)), session)
                .getMatchedCount() == 1;
        if (!saved) {
            session.version = expected;
        }
        return saved;
    }

    /** The lead's conversation that was active last and is still open. */
    public Optional<ConversationSession> findLatestOpenOfLead(String leadId) {
        return find("leadId = ?1 and status = ?2", Sort.descending("lastActivityAt"), leadId, ConversationSession.OPEN)
                .firstResultOptional();
    }

    /** Open conversations handed to a person, the latest hand-off first. */
    public List<ConversationSession> findOpenHandedOff(int limit) {
        return find("status = ?1 and handedOff = ?2", Sort.descending("handedOffAt"), ConversationSession.OPEN, true)
                .page(0, limit).list();
    }

    /** Open conversations the agent handles alone, the latest active first. */
    public List<ConversationSession> findOpenNotHandedOff(int limit) {
        return find("status = ?1 and handedOff = ?2", Sort.descending("lastActivityAt"), ConversationSession.OPEN, false)
                .page(0, limit).list();
    }

    public List<ConversationSession> findOpenInactiveSince(Instant before, int limit) {
        return find("status = ?1 and lastActivityAt < ?2", ConversationSession.OPEN, before).page(0, limit).list();
    }

    /** Closes the session only if it is still open and still inactive (a message may have just arrived). */
    public boolean closeIfInactive(String id, Instant before, Instant now, String reason) {
        return mongoCollection().updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq("status", ConversationSession.OPEN),
                        Filters.lt("lastActivityAt", before)),
                Updates.combine(Updates.set("status", ConversationSession.CLOSED), Updates.set("closedAt", now),
                        Updates.set("closedReason", reason), Updates.inc("version", 1L)))
                .getModifiedCount() == 1;
    }
}
