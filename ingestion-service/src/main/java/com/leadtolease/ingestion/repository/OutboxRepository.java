package com.leadtolease.ingestion.repository;

import com.leadtolease.ingestion.domain.OutboxEntry;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The outbox embedded in committed thread documents, handled a batch at a time (a few multi-document updates per
 * batch instead of several per thread): claim, pull after acknowledgement, release. Every update is still atomic
 * per document, and its filter checks the claim, so two relays never publish the same batch at once.
 */
@ApplicationScoped
public class OutboxRepository {

    /** A thread with its id and the events waiting in its outbox. */
    public record PendingEvents(String threadId, List<OutboxEntry> entries) {
    }

    private final IngestionDatabase db;

    public OutboxRepository(IngestionDatabase db) {
        this.db = db;
    }

    /** Claims up to {@code limit} committed threads whose outbox holds events nobody is relaying. */
    public List<PendingEvents> claimBatch(Instant now, Instant claimedUntil, int limit) {
        List<String> ids = db.threads().find(claimable(now)).projection(Projections.include("_id")).limit(limit)
                .map(doc -> doc.getString("_id")).into(new ArrayList<>());
        if (ids.isEmpty()) {
            return List.of();
        }
        String claim = UUID.randomUUID().toString();
        db.threads().updateMany(Filters.and(Filters.in("_id", ids), claimable(now)), Updates.combine(
                Updates.set("relay_claimed_until", ThreadDocuments.date(claimedUntil)), Updates.set("relay_claim", claim)));
        List<PendingEvents> claimed = new ArrayList<>();
        db.threads().find(Filters.and(Filters.in("_id", ids), Filters.eq("relay_claim", claim)))
                .projection(Projections.include("_id", "outbox"))
                .forEach(doc -> claimed.add(new PendingEvents(doc.getString("_id"),
                        doc.getList("outbox", Document.class, List.of()).stream()
                                .map(ThreadDocuments::outboxEntry).toList())));
        return claimed;
    }

    /**
     * Pulls relayed (acknowledged) events from their threads' outboxes and releases the claim of the batch. Events are
     * only ever added when a thread is inserted, so a thread whose claimed events were all relayed has none left.
     * Both updates select by {@code _id} alone, which the embedded dev store answers from its index.
     */
    public void removeRelayedAndRelease(List<PendingEvents> claimed, Set<String> relayedEntryIds) {
        List<String> emptied = new ArrayList<>();
        List<String> notEmptied = new ArrayList<>();
        for (PendingEvents pending : claimed) {
            boolean allRelayed = pending.entries().stream().allMatch(e -> relayedEntryIds.contains(e.entryId()));
            (allRelayed ? emptied : notEmptied).add(pending.threadId());
        }
        Bson pullRelayed = Updates.pull("outbox", Filters.in("entry_id", relayedEntryIds));
        Bson release = Updates.combine(Updates.set("relay_claimed_until", null), Updates.unset("relay_claim"));
        if (!emptied.isEmpty()) {
            db.threads().updateMany(Filters.in("_id", emptied), Updates.combine(pullRelayed,
                    Updates.set("pending_events", 0), release));
        }
        if (!notEmptied.isEmpty()) {
            db.threads().updateMany(Filters.in("_id", notEmptied), relayedEntryIds.isEmpty() ? release
                    : Updates.combine(pullRelayed, release));
        }
    }

    private static Bson claimable(Instant now) {
        return Filters.and(Filters.gt("pending_events", 0), Filters.eq("status", ThreadDocuments.COMMITTED),
                Filters.or(Filters.eq("relay_claimed_until", null),
                        Filters.lte("relay_claimed_until", ThreadDocuments.date(now))));
    }
}
