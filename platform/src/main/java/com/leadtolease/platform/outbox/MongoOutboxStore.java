package com.leadtolease.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The outboxes embedded in one Mongo collection's documents: an {@value #OUTBOX} array of {@link OutboxEvent}s, the
 * claim fields {@value #CLAIMED_UNTIL} / {@value #CLAIM}, and {@value #PARKED} for events that can never be sent.
 * Every update is atomic per document; a batch takes a few multi-document updates, not several per document.
 */
public final class MongoOutboxStore implements OutboxStore {

    public static final String OUTBOX = "outbox";
    public static final String CLAIMED_UNTIL = "relayClaimedUntil";
    public static final String CLAIM = "relayClaim";
    public static final String PARKED = "outboxParked";
    /** Every field the outbox adds to a document, e.g. for a test that compares documents without them. */
    public static final List<String> FIELDS = List.of(OUTBOX, CLAIMED_UNTIL, CLAIM, PARKED);
    private static final String EVENT_ID = "eventId";
    private static final String OUTBOX_EVENT_ID = OUTBOX + "." + EVENT_ID;

    private final MongoCollection<Document> documents;
    private final Duration lease;
    private final Clock clock;
    private final Bson eligible;
    private final Bson order;
    private final Bson alsoOnRemove;

    private MongoOutboxStore(MongoCollection<Document> documents, Duration lease, Clock clock, Bson eligible,
                             Bson order, Bson alsoOnRemove) {
        this.documents = documents;
        this.lease = lease;
        this.clock = clock;
        this.eligible = eligible;
        this.order = order;
        this.alsoOnRemove = alsoOnRemove;
    }

    /** The outboxes of {@code collection}; a claim lasts {@code lease}. */
    public static MongoOutboxStore of(MongoCollection<?> collection, Duration lease, Clock clock) {
        return new MongoOutboxStore(collection.withDocumentClass(Document.class), lease, clock, new Document(),
                new Document("_id", 1), null);
    }

    /** Only documents matching {@code filter} are relayed (e.g. committed ones). */
    public MongoOutboxStore onlyWhere(Bson filter) {
        return new MongoOutboxStore(documents, lease, clock, filter, order, alsoOnRemove);
    }

    /** The order documents are claimed in, so one aggregate's documents go out in the order they were written. */
    public MongoOutboxStore claimedInOrder(Bson sort) {
        return new MongoOutboxStore(documents, lease, clock, eligible, sort, alsoOnRemove);
    }

    /** An update applied with every removal from an outbox (e.g. a version bump that stale replaces then fail). */
    public MongoOutboxStore alsoOnRemove(Bson update) {
        return new MongoOutboxStore(documents, lease, clock, eligible, order, update);
    }

    /** The index that finds documents with waiting events without scanning the others. */
    public void createIndex() {
        documents.createIndex(Indexes.ascending(OUTBOX_EVENT_ID), new IndexOptions().sparse(true));
    }

    @Override
    public Claim claim(int limit, Set<String> skippedDocumentIds) {
        Date now = Date.from(clock.instant());
        List<Bson> conditions = new ArrayList<>(List.of(eligible, Filters.exists(OUTBOX_EVENT_ID),
                Filters.or(Filters.eq(CLAIMED_UNTIL, null), Filters.lte(CLAIMED_UNTIL, now))));
        if (!skippedDocumentIds.isEmpty()) {
            conditions.add(Filters.nin("_id", skippedDocumentIds));
        }
        Bson claimable = Filters.and(conditions);
        List<String> ids = documents.find(claimable).sort(order).projection(Projections.include("_id")).limit(limit)
                .map(document -> document.getString("_id")).into(new ArrayList<>());
        if (ids.isEmpty()) {
            return Claim.NOTHING;
        }
        String token = UUID.randomUUID().toString();
        documents.updateMany(Filters.and(Filters.in("_id", ids), claimable), Updates.combine(
                Updates.set(CLAIMED_UNTIL, Date.from(now.toInstant().plus(lease))), Updates.set(CLAIM, token)));
        Map<String, PendingDocument> claimed = new LinkedHashMap<>();
        documents.find(Filters.and(Filters.in("_id", ids), Filters.eq(CLAIM, token)))
                .projection(Projections.include("_id", OUTBOX))
                .forEach(document -> claimed.put(document.getString("_id"), pending(document)));
        return new Claim(token, ids.stream().filter(claimed::containsKey).map(claimed::get).toList());
    }

    @Override
    public void finish(Claim claim, Set<String> publishedEventIds) {
        if (claim.isEmpty()) {
            return;
        }
        List<String> ids = claim.documents().stream().map(PendingDocument::id).toList();
        List<Bson> updates = new ArrayList<>(List.of(Updates.unset(CLAIMED_UNTIL), Updates.unset(CLAIM)));
        if (!publishedEventIds.isEmpty()) {
            updates.add(Updates.pull(OUTBOX, Filters.in(EVENT_ID, publishedEventIds)));
            addRemovalExtra(updates);
        }
        documents.updateMany(Filters.and(Filters.in("_id", ids), Filters.eq(CLAIM, claim.token())),
                Updates.combine(updates));
    }

    @Override
    public void removePublished(Collection<String> documentIds, Collection<String> eventIds) {
        if (documentIds.isEmpty() || eventIds.isEmpty()) {
            return;
        }
        List<Bson> updates = new ArrayList<>(List.of(Updates.pull(OUTBOX, Filters.in(EVENT_ID, eventIds))));
        addRemovalExtra(updates);
        documents.updateMany(byIds(documentIds), Updates.combine(updates));
    }

    @Override
    public void recordFailedAttempt(String documentId, String eventId) {
        documents.updateOne(Filters.and(Filters.eq("_id", documentId), Filters.eq(OUTBOX_EVENT_ID, eventId)),
                Updates.inc(OUTBOX + ".$.attempts", 1));
    }

    @Override
    public void park(String documentId, OutboxEvent event, String reason) {
        Document parked = OutboxEventDocuments.toDocument(event)
                .append("parkedAt", Date.from(clock.instant()))
                .append("reason", reason);
        List<Bson> updates = new ArrayList<>(List.of(Updates.pull(OUTBOX, Filters.eq(EVENT_ID, event.eventId)),
                Updates.push(PARKED, parked)));
        addRemovalExtra(updates);
        documents.updateOne(Filters.and(Filters.eq("_id", documentId), Filters.eq(OUTBOX_EVENT_ID, event.eventId)),
                Updates.combine(updates));
    }

    /** One id by equality: the embedded dev store answers that from its index, an {@code $in} by a scan. */
    private static Bson byIds(Collection<String> ids) {
        return ids.size() == 1 ? Filters.eq("_id", ids.iterator().next()) : Filters.in("_id", ids);
    }

    private void addRemovalExtra(List<Bson> updates) {
        if (alsoOnRemove != null) {
            updates.add(alsoOnRemove);
        }
    }

    private static PendingDocument pending(Document document) {
        return new PendingDocument(document.getString("_id"), document.getList(OUTBOX, Document.class, List.of())
                .stream().map(OutboxEventDocuments::fromDocument).toList());
    }
}
