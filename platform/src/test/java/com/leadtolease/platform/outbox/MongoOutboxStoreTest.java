package com.leadtolease.platform.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The Mongo operations of the outbox, on a real Mongo-wire server (mongo-java-server, in memory). */
class MongoOutboxStoreTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> tours;
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private MongoOutboxStore store;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        tours = client.getDatabase("test").getCollection("tours");
        store = storeAt(NOW);
        store.createIndex();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aClaimHoldsTheDocumentsUntilItIsFinishedOrItsLeaseRunsOut() {
        insert("t1", "e1", "e2");
        insert("t2", "e3");
        insert("t3");

        Claim first = store.claim(10);
        assertThat(first.documents()).extracting(PendingDocument::id).containsExactly("t1", "t2");
        assertThat(first.documents().get(0).events()).extracting(e -> e.eventId).containsExactly("e1", "e2");
        assertThat(store.claim(10).isEmpty()).as("held by the first claim").isTrue();

        assertThat(storeAt(NOW.plus(Duration.ofMinutes(2))).claim(10).documents())
                .as("the lease ran out: the relay that held them stopped").hasSize(2);
    }

    @Test
    void finishingPullsOnlyThePublishedEventsAndReleasesTheClaim() {
        insert("t1", "e1", "e2");

        Claim claim = store.claim(10);
        store.finish(claim, Set.of("e1"));

        Document tour = tours.find(Filters.eq("_id", "t1")).first();
        assertThat(tour.getList("outbox", Document.class)).extracting(d -> d.getString("eventId"))
                .containsExactly("e2");
        assertThat(tour.get(MongoOutboxStore.CLAIMED_UNTIL)).isNull();
        assertThat(store.claim(10).documents()).as("released: claimable again at once").hasSize(1);
    }

    @Test
    void aFinishAfterTheClaimWasTakenOverChangesNothing() {
        insert("t1", "e1");
        Claim stale = store.claim(10);
        Claim current = storeAt(NOW.plus(Duration.ofMinutes(2))).claim(10);

        store.finish(stale, Set.of("e1"));

        assertThat(outboxIds("t1")).as("the newer claim still holds it").containsExactly("e1");
        store.finish(current, Set.of("e1"));
        assertThat(outboxIds("t1")).isEmpty();
    }

    @Test
    void onlyDocumentsMatchingTheFilterAreClaimed() {
        insert("t1", "e1");
        insert("t2", "e2");
        tours.updateOne(Filters.eq("_id", "t2"), Updates.set("status", "committed"));

        Claim claim = store.onlyWhere(Filters.eq("status", "committed")).claim(10);

        assertThat(claim.documents()).extracting(PendingDocument::id).containsExactly("t2");
    }

    @Test
    void aParkedEventLeavesTheOutboxWithItsReasonAndTheRemovalExtraIsApplied() {
        insert("t1", "e1", "e2");
        MongoOutboxStore versioned = store.alsoOnRemove(Updates.inc("version", 1L));
        OutboxEvent big = versioned.claim(10).documents().get(0).events().get(0);

        versioned.park("t1", big, "RecordTooLargeException");

        Document tour = tours.find(Filters.eq("_id", "t1")).first();
        assertThat(outboxIds("t1")).containsExactly("e2");
        Document parked = tour.getList(MongoOutboxStore.PARKED, Document.class).get(0);
        assertThat(parked.getString("eventId")).isEqualTo("e1");
        assertThat(parked.getString("reason")).isEqualTo("RecordTooLargeException");
        assertThat(tour.getLong("version")).isEqualTo(1L);
    }

    @Test
    void aFailedAttemptIsCountedOnTheEvent() {
        insert("t1", "e1", "e2");

        store.recordFailedAttempt("t1", "e2");
        store.recordFailedAttempt("t1", "e2");

        List<OutboxEvent> events = store.claim(10).documents().get(0).events();
        assertThat(events).extracting(e -> e.attempts).containsExactly(0, 2);
    }

    @Test
    void removingHandedOverEventsTouchesEveryDocumentInOneUpdate() {
        insert("t1", "e1");
        insert("t2", "e2", "e3");

        store.removePublished(List.of("t1", "t2"), List.of("e1", "e2"));

        assertThat(outboxIds("t1")).isEmpty();
        assertThat(outboxIds("t2")).containsExactly("e3");
    }

    @Test
    void anEventKeepsEveryAttributeAndHeaderThroughTheStore() {
        OutboxEvent event = event("e1");
        event.headers = Map.of("dead-letter-reason", "smtp refused");
        tours.insertOne(new Document("_id", "t1").append("outbox", List.of(OutboxEventDocuments.toDocument(event))));

        OutboxEvent read = store.claim(1).documents().get(0).events().get(0);

        assertThat(read).usingRecursiveComparison().isEqualTo(event);
    }

    private MongoOutboxStore storeAt(Instant now) {
        return MongoOutboxStore.of(tours, Duration.ofMinutes(1), Clock.fixed(now, ZoneOffset.UTC));
    }

    private void insert(String id, String... eventIds) {
        tours.insertOne(new Document("_id", id).append("outbox",
                java.util.Arrays.stream(eventIds).map(e -> OutboxEventDocuments.toDocument(event(e))).toList()));
    }

    private List<String> outboxIds(String id) {
        return tours.find(Filters.eq("_id", id)).first().getList("outbox", Document.class).stream()
                .map(d -> d.getString("eventId")).toList();
    }

    private static OutboxEvent event(String id) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = id;
        event.topic = "bookings.events";
        event.type = "TourScheduled.v1";
        event.source = "/booking-service";
        event.subject = "tour-1";
        event.time = Instant.parse("2026-12-05T09:00:00Z");
        event.data = "{\"tourId\":\"tour-1\"}";
        return event;
    }
}
