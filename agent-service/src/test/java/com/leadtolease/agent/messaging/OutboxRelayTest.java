package com.leadtolease.agent.messaging;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.domain.OutboxEntry;
import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.agent.repository.TurnRepository;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The relay's two paths, run synchronously on in-memory outboxes and a recording emitter. */
class OutboxRelayTest {

    private final List<Turn> storedTurns = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private int outboxQueries;
    private boolean kafkaDown;
    private String failingEventId;
    private Function<List<Turn>, List<Turn>> duringQuery = found -> found;

    private final TurnRepository turns = new TurnRepository() {
        @Override
        public List<Turn> findWithUnpublishedEvents(int limit) {
            outboxQueries++;
            return duringQuery.apply(storedTurns.stream().filter(turn -> !turn.outbox.isEmpty()).toList());
        }

        @Override
        public void removeFromOutbox(List<String> turnIds, List<String> eventIds) {
            removed.add(turnIds.toString() + eventIds);
            storedTurns.stream().filter(turn -> turnIds.contains(turn.id))
                    .forEach(turn -> turn.outbox.removeIf(entry -> eventIds.contains(entry.eventId)));
        }
    };

    private final LeadRepository leads = new LeadRepository() {
        @Override
        public List<Lead> findWithUnpublishedEvents(int limit) {
            return List.of();
        }
    };

    private final OutboxRelay relay = new OutboxRelay(turns, leads, emitter(), emitter(), emitter(), config());

    @Test
    void aTurnHandedOverIsPublishedFromItsCopyWithoutQueryingTheOutboxes() {
        relay.round(); // the start-up sweep: nothing left behind
        Turn turn = written("t1", "reply-1", "action-1");

        assertEquals(2, relay.round());

        assertEquals(List.of("reply-1", "action-1"), sent);
        assertEquals(List.of("[t1][reply-1, action-1]"), removed, "both events removed in one update");
        assertEquals(1, outboxQueries, "only the start-up sweep queried");
        assertEquals(List.of(), turn.outbox);
    }

    @Test
    void turnsHandedOverBeforeARoundAreRemovedInOneUpdate() {
        relay.round();
        written("t1", "reply-1");
        written("t2", "reply-2", "action-2");

        assertEquals(3, relay.round());

        assertEquals(List.of("reply-1", "reply-2", "action-2"), sent);
        assertEquals(List.of("[t1, t2][reply-1, reply-2, action-2]"), removed);
    }

    @Test
    void aTurnPublishedBeforeAFailedSendIsRemovedAndTheRestIsLeftToTheSweep() {
        relay.round();
        written("t1", "reply-1");
        failingEventId = "reply-2";
        written("t2", "reply-2");
        written("t3", "reply-3");

        assertEquals(1, relay.round());
        assertEquals(List.of("[t1][reply-1]"), removed);
        assertEquals(List.of("reply-1"), sent, "nothing after the failed send");

        failingEventId = null;
        relay.round();
        assertEquals(List.of("reply-1", "reply-2", "reply-3"), sent, "the sweep sends the rest, in order");
    }

    @Test
    void eventsLeftBehindAreFoundByTheStartUpSweep() {
        stored("t0", "reply-0"); // not handed over: the instance that wrote it stopped before publishing

        assertEquals(1, relay.round());

        assertEquals(List.of("reply-0"), sent);
    }

    @Test
    void afterAFailedSendNewerEventsWaitForTheSweepSoNothingOvertakes() {
        relay.round();
        kafkaDown = true;
        written("t1", "reply-1");
        assertEquals(0, relay.round());
        kafkaDown = false;
        written("t2", "reply-2");

        relay.round();

        assertEquals(List.of("reply-1", "reply-2"), sent, "the sweep publishes the older turn first");
        assertEquals(2, outboxQueries);
        assertEquals(0, relay.round(), "nothing left to publish twice");
        assertEquals(List.of("reply-1", "reply-2"), sent);
    }

    @Test
    void aTurnHandedOverWhileASweepFoundItIsNotPublishedTwice() {
        written("t1", "reply-1");
        duringQuery = found -> {
            relay.relay(storedTurns.get(0)); // written and handed over while the sweep's query ran
            return found;
        };

        relay.round();
        duringQuery = found -> found;
        relay.round();

        assertEquals(List.of("reply-1"), sent);
    }

    /** Stored and handed over, as a turn is. */
    private Turn written(String id, String... eventIds) {
        Turn turn = stored(id, eventIds);
        relay.relay(turn);
        return turn;
    }

    private Turn stored(String id, String... eventIds) {
        Turn turn = new Turn();
        turn.id = id;
        turn.sessionId = "s1";
        turn.createdAt = Instant.now();
        for (String eventId : eventIds) {
            turn.outbox.add(OutboxEntry.of(eventId, OutboxRelay.CHAT_OUTBOUND, "AgentReplied", "s1", Instant.now(),
                    "{}"));
        }
        storedTurns.add(turn);
        return turn;
    }

    @SuppressWarnings("unchecked")
    private MutinyEmitter<String> emitter() {
        return (MutinyEmitter<String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{MutinyEmitter.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("sendMessage")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Message<String> message = (Message<String>) args[0];
                    String eventId = message.getMetadata(OutgoingCloudEventMetadata.class)
                            .map(OutgoingCloudEventMetadata::getId).orElseThrow();
                    if (kafkaDown || eventId.equals(failingEventId)) {
                        return Uni.createFrom().failure(new IllegalStateException("broker down"));
                    }
                    sent.add(eventId);
                    return Uni.createFrom().voidItem();
                });
    }

    private static AgentConfig config() {
        AgentConfig.Outbox outbox = proxy(AgentConfig.Outbox.class, name -> switch (name) {
            case "batchSize" -> 100;
            case "sendTimeout" -> Duration.ofSeconds(1);
            case "sweepEvery", "relayEvery" -> Duration.ofHours(1);
            default -> throw new UnsupportedOperationException(name);
        });
        return proxy(AgentConfig.class, name -> {
            if (name.equals("outbox")) {
                return outbox;
            }
            throw new UnsupportedOperationException(name);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Function<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> answers.apply(method.getName()));
    }
}
