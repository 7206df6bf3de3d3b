package com.leadtolease.platform.outbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay's two paths and its failure handling, run synchronously on in-memory outboxes and a recording sender. */
class OutboxRelayTest {

    private final Map<String, List<OutboxEvent>> outboxes = new LinkedHashMap<>();
    private final List<String> sent = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private final List<String> parked = new ArrayList<>();
    private final List<String> failedAttempts = new ArrayList<>();
    private int claims;
    private boolean kafkaDown;
    private String failingEventId;
    private String unsendableEventId;
    private Function<Claim, Claim> duringClaim = claim -> claim;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final OutboxStore store = new OutboxStore() {
        @Override
        public Claim claim(int limit, Set<String> skippedDocumentIds) {
            claims++;
            List<PendingDocument> pending = outboxes.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .filter(e -> !skippedDocumentIds.contains(e.getKey()))
                    .limit(limit).map(e -> new PendingDocument(e.getKey(), List.copyOf(e.getValue()))).toList();
            return duringClaim.apply(pending.isEmpty() ? Claim.NOTHING : new Claim("c" + claims, pending));
        }

        @Override
        public void finish(Claim claim, Set<String> publishedEventIds) {
            removePublished(claim.documents().stream().map(PendingDocument::id).toList(), publishedEventIds);
        }

        @Override
        public void removePublished(Collection<String> documentIds, Collection<String> eventIds) {
            if (!eventIds.isEmpty()) {
                removed.add(documentIds.toString() + eventIds);
                documentIds.forEach(id -> outboxes.get(id).removeIf(event -> eventIds.contains(event.eventId)));
            }
        }

        @Override
        public void recordFailedAttempt(String documentId, String eventId) {
            failedAttempts.add(eventId);
            outboxes.get(documentId).stream().filter(event -> event.eventId.equals(eventId))
                    .forEach(event -> event.attempts++);
        }

        @Override
        public void park(String documentId, OutboxEvent event, String reason) {
            parked.add(event.eventId);
            outboxes.get(documentId).remove(event);
        }
    };

    private final EventSender sender = event -> {
        if (event.eventId.equals(unsendableEventId)) {
            return CompletableFuture.failedFuture(new UnsendableEvent("too large"));
        }
        if (kafkaDown || event.eventId.equals(failingEventId)) {
            return CompletableFuture.failedFuture(new IllegalStateException("broker down"));
        }
        sent.add(event.eventId);
        return CompletableFuture.completedFuture(null);
    };

    private final OutboxRelay relay = new OutboxRelay("test", config(100), sender, List.of(store), RoundGate.OPEN,
            meters);

    @Test
    void aDocumentHandedOverIsPublishedFromItsCopyWithoutQueryingTheOutboxes() {
        relay.round(); // the start-up sweep: nothing left behind
        written("t1", "reply-1", "action-1");

        assertThat(relay.round()).isEqualTo(2);

        assertThat(sent).containsExactly("reply-1", "action-1");
        assertThat(removed).as("both events removed in one update").containsExactly("[t1][reply-1, action-1]");
        assertThat(claims).as("only the start-up sweep queried").isEqualTo(1);
        assertThat(outboxes.get("t1")).isEmpty();
        assertThat(meters.counter("outbox.published", "relay", "test").count()).isEqualTo(2);
    }

    @Test
    void documentsHandedOverBeforeARoundAreRemovedInOneUpdate() {
        relay.round();
        written("t1", "reply-1");
        written("t2", "reply-2", "action-2");

        assertThat(relay.round()).isEqualTo(3);

        assertThat(sent).containsExactly("reply-1", "reply-2", "action-2");
        assertThat(removed).containsExactly("[t1, t2][reply-1, reply-2, action-2]");
    }

    @Test
    void aDocumentPublishedBeforeAFailedSendIsRemovedAndTheRestIsLeftToTheSweep() {
        relay.round();
        written("t1", "reply-1");
        failingEventId = "reply-2";
        written("t2", "reply-2");
        written("t3", "reply-3");

        assertThat(relay.round()).isEqualTo(1);
        assertThat(removed).containsExactly("[t1, t2][reply-1]");
        assertThat(sent).as("nothing after the failed send").containsExactly("reply-1");
        assertThat(failedAttempts).containsExactly("reply-2");

        failingEventId = null;
        relay.round();
        assertThat(sent).as("the sweep sends the rest, in order").containsExactly("reply-1", "reply-2", "reply-3");
    }

    @Test
    void eventsLeftBehindAreFoundByTheStartUpSweep() {
        stored("t0", "reply-0"); // not handed over: the instance that wrote it stopped before publishing

        assertThat(relay.round()).isEqualTo(1);

        assertThat(sent).containsExactly("reply-0");
    }

    @Test
    void afterAFailedSendNewerEventsWaitForTheSweepSoNothingOvertakes() {
        relay.round();
        kafkaDown = true;
        written("t1", "reply-1");
        assertThat(relay.round()).isZero();
        kafkaDown = false;
        written("t2", "reply-2");

        relay.round();

        assertThat(sent).as("the sweep publishes the older document first").containsExactly("reply-1", "reply-2");
        assertThat(claims).isEqualTo(2);
        assertThat(relay.round()).as("nothing left to publish twice").isZero();
        assertThat(sent).containsExactly("reply-1", "reply-2");
    }

    @Test
    void aDocumentHandedOverWhileASweepFoundItIsNotPublishedTwice() {
        stored("t1", "reply-1");
        duringClaim = claim -> {
            relay.handOver(store, "t1", outboxes.get("t1")); // written and handed over while the sweep's query ran
            return claim;
        };

        relay.round();
        duringClaim = claim -> claim;
        relay.round();

        assertThat(sent).containsExactly("reply-1");
    }

    @Test
    void aFailureThatMayPassHoldsBackOnlyItsAggregateAndTheOthersArePublished() {
        stored("t1", "a-1");
        stored("t2", "b-1");
        stored("t3", "c-1");
        storedFor("t4", "s2", "b-2");
        failingEventId = "b-1";

        assertThat(relay.round()).isEqualTo(2);

        assertThat(removed).containsExactly("[t1, t2, t3, t4][a-1, b-2]");
        assertThat(failedAttempts).containsExactly("b-1");
        assertThat(outboxes.get("t3")).extracting(event -> event.eventId)
                .as("acknowledged after the failure of an older event of the same aggregate: kept, sent again after it")
                .containsExactly("c-1");
    }

    @Test
    void anAggregateHeldBackInOneBatchIsSkippedByTheSweepsLaterBatches() {
        OutboxRelay smallBatches = new OutboxRelay("small", config(2), sender, List.of(store), RoundGate.OPEN,
                meters);
        stored("t1", "a-1");
        storedFor("t2", "s2", "b-1");
        stored("t3", "a-2");
        storedFor("t4", "s3", "c-1");
        storedFor("t5", "s4", "d-1");
        failingEventId = "a-1";

        assertThat(smallBatches.round()).isEqualTo(3);

        assertThat(sent).as("a-2 waits for a-1 and is not sent meanwhile").containsExactly("b-1", "c-1", "d-1");
        assertThat(failedAttempts).containsExactly("a-1");
    }

    @Test
    void anEventThatKeepsFailingIsParkedAtItsLastAttemptAndItsAggregateGoesOn() {
        stored("t1", "poison", "a-2");
        stored("t2", "b-1");
        outboxes.get("t1").get(0).attempts = 2; // failed twice before; max-attempts is 3
        failingEventId = "poison";

        assertThat(relay.round()).isEqualTo(2);

        assertThat(failedAttempts).as("parked instead of counted again").isEmpty();
        assertThat(parked).containsExactly("poison");
        assertThat(sent).containsExactly("a-2", "b-1");
        assertThat(outboxes.values()).allMatch(List::isEmpty);
        assertThat(meters.counter("outbox.parked", "relay", "test").count()).isEqualTo(1);
    }

    @Test
    void anEventThatCanNeverBeSentIsParkedAndTheOthersGoOn() {
        stored("t1", "big-1", "small-2");
        stored("t2", "small-3");
        unsendableEventId = "big-1";

        assertThat(relay.round()).isEqualTo(2);

        assertThat(parked).containsExactly("big-1");
        assertThat(sent).containsExactly("small-2", "small-3");
        assertThat(outboxes.values()).allMatch(List::isEmpty);
        assertThat(meters.counter("outbox.parked", "relay", "test").count()).isEqualTo(1);
    }

    @Test
    void aFullBatchMakesTheSweepClaimAgainUntilTheOutboxesAreEmpty() {
        OutboxRelay smallBatches = new OutboxRelay("small", config(2), sender, List.of(store), RoundGate.OPEN,
                meters);
        for (int i = 1; i <= 5; i++) {
            stored("t" + i, "e-" + i);
        }

        assertThat(smallBatches.round()).isEqualTo(5);

        assertThat(sent).containsExactly("e-1", "e-2", "e-3", "e-4", "e-5");
        assertThat(claims).as("two full batches, then one short one").isEqualTo(3);
    }

    @Test
    void aPausedRelayPublishesNothingUntilResumed() {
        stored("t1", "e-1");
        relay.pause();

        assertThat(relay.round()).isZero();
        assertThat(sent).isEmpty();

        relay.resume();
        assertThat(relay.round()).isEqualTo(1);
    }

    @Test
    void aGateThatYieldsStopsTheSweepBetweenBatches() {
        RoundGate yielding = new RoundGate() {
            @Override
            public boolean shouldYield() {
                return claims >= 1;
            }
        };
        OutboxRelay held = new OutboxRelay("held", config(1), sender, List.of(store), yielding, meters);
        stored("t1", "e-1");
        stored("t2", "e-2");

        assertThat(held.round()).isEqualTo(1);
        assertThat(sent).containsExactly("e-1");
    }

    /** Stored and handed over, as a document just written is. */
    private void written(String id, String... eventIds) {
        stored(id, eventIds);
        relay.handOver(store, id, outboxes.get(id));
    }

    private void stored(String id, String... eventIds) {
        storedFor(id, "s1", eventIds);
    }

    private void storedFor(String id, String subject, String... eventIds) {
        List<OutboxEvent> events = new ArrayList<>();
        for (String eventId : eventIds) {
            OutboxEvent event = new OutboxEvent();
            event.eventId = eventId;
            event.topic = "chat.outbound";
            event.type = "AgentReplied";
            event.source = "/test";
            event.subject = subject;
            event.time = Instant.now();
            event.data = "{}";
            events.add(event);
        }
        outboxes.put(id, events);
    }

    private static OutboxConfig config(int batchSize) {
        return (OutboxConfig) Proxy.newProxyInstance(OutboxConfig.class.getClassLoader(),
                new Class<?>[]{OutboxConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "relayEnabled" -> true;
                    case "batchSize" -> batchSize;
                    case "maxAttempts" -> 3;
                    case "sendTimeout" -> Duration.ofSeconds(1);
                    case "claimLease" -> Duration.ofMinutes(1);
                    case "relayEvery", "maxIdleBackoff", "maxRetryBackoff" -> Duration.ofHours(1);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
