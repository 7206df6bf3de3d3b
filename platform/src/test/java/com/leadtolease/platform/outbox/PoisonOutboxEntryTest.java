package com.leadtolease.platform.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry the broker keeps refusing (for a reason that looks like it may pass) at the head of the outboxes: the real
 * relay over the real Mongo store publishes everything behind it, and parks it after {@code max-attempts} sends.
 */
class PoisonOutboxEntryTest {

    private static final int MAX_ATTEMPTS = 3;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> tours;
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private OutboxRelay relay;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        tours = client.getDatabase("test").getCollection("tours");
        MongoOutboxStore store = MongoOutboxStore.of(tours, Duration.ofMinutes(1), Clock.systemUTC());
        store.createIndex();
        EventSender sender = event -> {
            if (event.eventId.equals("poison")) {
                return CompletableFuture.failedFuture(new IllegalStateException("broker refused the record"));
            }
            sent.add(event.eventId);
            return CompletableFuture.completedFuture(null);
        };
        relay = new OutboxRelay("poison-test", config(), sender, List.of(store), RoundGate.OPEN, meters);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aPoisonEntryIsParkedAfterMaxAttemptsAndTheEntriesBehindItArePublished() {
        insert("t1", "tour-1", "poison", "tour-1-later");
        insert("t2", "tour-2", "e2");
        insert("t3", "tour-3", "e3");
        insert("t4", "tour-4", "e4");
        insert("t5", "tour-5", "e5");

        assertThat(relay.round()).as("every other aggregate published in the first round").isEqualTo(4);
        assertThat(outboxIds("t1")).containsExactly("poison", "tour-1-later");
        assertThat(outbox("t1").get(0).getInteger("attempts")).isEqualTo(1);
        assertThat(List.of("t2", "t3", "t4", "t5")).allSatisfy(id -> assertThat(outboxIds(id)).isEmpty());

        relay.round();
        assertThat(outboxIds("t1")).as("still retried: 2 of 3 attempts").containsExactly("poison", "tour-1-later");
        relay.round();

        Document tour = tours.find(Filters.eq("_id", "t1")).first();
        assertThat(outboxIds("t1")).as("parked, and its aggregate's later event published").isEmpty();
        Document parked = tour.getList(MongoOutboxStore.PARKED, Document.class).get(0);
        assertThat(parked.getString("eventId")).isEqualTo("poison");
        assertThat(parked.getInteger("attempts")).isEqualTo(MAX_ATTEMPTS);
        assertThat(parked.getString("reason")).contains("gave up after 3 failed sends").contains("broker refused");
        assertThat(sent).containsOnlyOnce("e2", "e3", "e4", "e5").contains("tour-1-later");
        assertThat(meters.counter("outbox.parked", "relay", "poison-test").count()).isEqualTo(1);
        assertThat(relay.round()).as("nothing left").isZero();
    }

    private void insert(String id, String subject, String... eventIds) {
        List<Document> events = new ArrayList<>();
        for (String eventId : eventIds) {
            OutboxEvent event = new OutboxEvent();
            event.eventId = eventId;
            event.topic = "bookings.events";
            event.type = "TourScheduled.v1";
            event.source = "/booking-service";
            event.subject = subject;
            event.time = Instant.parse("2026-12-05T09:00:00Z");
            event.data = "{}";
            events.add(OutboxEventDocuments.toDocument(event));
        }
        tours.insertOne(new Document("_id", id).append("outbox", events));
    }

    private List<Document> outbox(String id) {
        return tours.find(Filters.eq("_id", id)).first().getList("outbox", Document.class);
    }

    private List<String> outboxIds(String id) {
        return outbox(id).stream().map(d -> d.getString("eventId")).toList();
    }

    /** Batches of 2, so entries behind the poison one sit in its batch and in later ones; no waiting between rounds. */
    private static OutboxConfig config() {
        return (OutboxConfig) Proxy.newProxyInstance(OutboxConfig.class.getClassLoader(),
                new Class<?>[]{OutboxConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "relayEnabled" -> true;
                    case "batchSize" -> 2;
                    case "maxAttempts" -> MAX_ATTEMPTS;
                    case "sendTimeout" -> Duration.ofSeconds(1);
                    case "claimLease" -> Duration.ofMinutes(1);
                    case "relayEvery", "maxIdleBackoff", "maxRetryBackoff" -> Duration.ZERO;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
