package com.leadtolease.agent.messaging;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.domain.OutboxEntry;
import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.agent.repository.TurnRepository;
import com.leadtolease.contracts.EventEnvelope;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the events waiting in document outboxes — turns (chat.outbound, agent.actions) and leads (leads.events)
 * — and removes them only after Kafka acknowledged them. A crash in between publishes them again with the same
 * CloudEvent ids, which consumers deduplicate on.
 * <p>
 * Two paths, one thread, so one session's events leave in the order they were written:
 * <ul>
 * <li>a document just written is handed over ({@link #relay(Turn)}, {@link #relay(Lead)}) and its events are
 * published from that copy, without querying for them;</li>
 * <li>a sweep queries the outboxes for anything left: at start (this instance's leftovers from before a crash), after
 * a failed send, and every {@code agent.outbox.sweep-every} (another instance's, if it crashed). Until a sweep has
 * drained them, handed-over events wait for it, so nothing newer overtakes an event still waiting in Mongo.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHAT_OUTBOUND = "chat-outbound";
    public static final String AGENT_ACTIONS = "agent-actions";
    public static final String LEADS_EVENTS = "leads-events";
    static final String SOURCE = "/agent-service";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private record HandedOver(boolean lead, String documentId, List<OutboxEntry> entries) {
    }

    private final TurnRepository turns;
    private final LeadRepository leads;
    private final Map<String, MutinyEmitter<String>> emitters;
    private final AgentConfig config;
    private final Queue<HandedOver> handedOver = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private volatile boolean sweepDue = true;
    private volatile long lastSweepNanos = System.nanoTime();
    /** Events the last sweep published: a document handed over while that sweep ran is not published twice. */
    private Set<String> sweptEventIds = Set.of();
    private ScheduledExecutorService worker;

    OutboxRelay(TurnRepository turns, LeadRepository leads,
                @Channel(CHAT_OUTBOUND) MutinyEmitter<String> chatOutbound,
                @Channel(AGENT_ACTIONS) MutinyEmitter<String> agentActions,
                @Channel(LEADS_EVENTS) MutinyEmitter<String> leadsEvents,
                AgentConfig config) {
        this.turns = turns;
        this.leads = leads;
        this.emitters = Map.of(CHAT_OUTBOUND, chatOutbound, AGENT_ACTIONS, agentActions, LEADS_EVENTS, leadsEvents);
        this.config = config;
    }

    @PostConstruct
    void init() {
        worker = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "agent-outbox-relay"));
    }

    /** Own timer: the Quarkus scheduler does not go below one second. Started after the channels are wired. */
    void onStart(@Observes StartupEvent event) {
        long interval = config.outbox().relayEvery().toMillis();
        worker.scheduleWithFixedDelay(this::sweepIfDue, 0, interval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Publishes the events of a turn that was just inserted. */
    public void relay(Turn turn) {
        handOver(new HandedOver(false, turn.id, List.copyOf(turn.outbox)));
    }

    /** Publishes the events of a lead that was just saved (with any older ones still in its outbox, oldest first). */
    public void relay(Lead lead) {
        handOver(new HandedOver(true, lead.id, List.copyOf(lead.outbox)));
    }

    /**
     * Publishes the reply of a turn answered before once more, for a message that came again. Only once the turn's
     * own events are out: until then the relay publishes them, in order.
     */
    public void republishReply(Turn turn) {
        if (turn.reply != null && turn.outbox.isEmpty()) {
            publish(turn.reply);
        }
    }

    private void handOver(HandedOver document) {
        if (!document.entries().isEmpty()) {
            handedOver.add(document);
            scheduleRound();
        }
    }

    private void sweepIfDue() {
        if (sweepDue || System.nanoTime() - lastSweepNanos >= config.outbox().sweepEvery().toNanos()) {
            sweepDue = true;
            scheduleRound();
        }
    }

    /** Calls while a round is already queued collapse into it. */
    private void scheduleRound() {
        if (worker != null && roundQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                roundQueued.set(false);
                round();
            });
        }
    }

    /** One round on the relay's thread; package-private so tests can run it synchronously. */
    int round() {
        return sweepDue ? sweep() : publishHandedOver();
    }

    /**
     * Publishes every document handed over so far, one event at a time and in order, then removes the turns' events
     * in one update: under load a round holds several turns, and the store gets one write for all of them.
     */
    private int publishHandedOver() {
        List<String> turnIds = new ArrayList<>();
        List<String> turnEventIds = new ArrayList<>();
        int count = 0;
        try {
            for (HandedOver document; (document = handedOver.poll()) != null; ) {
                List<OutboxEntry> entries = document.entries().stream()
                        .filter(entry -> !sweptEventIds.contains(entry.eventId)).toList();
                if (document.lead()) {
                    publishAndRemove(true, document.documentId(), entries);
                } else if (!entries.isEmpty()) {
                    entries.forEach(this::publish);
                    turnIds.add(document.documentId());
                    entries.forEach(entry -> turnEventIds.add(entry.eventId));
                }
                count += entries.size();
            }
        } catch (RuntimeException e) {
            // Everything handed over is also in Mongo: the sweep publishes it, in order, once Kafka is back.
            LOG.warnf("Outbox relay stopped after %d events; a sweep takes over: %s", count, e.toString());
            handedOver.clear();
            sweepDue = true;
        }
        if (!turnIds.isEmpty()) {
            try {
                turns.removeFromOutbox(turnIds, turnEventIds);
            } catch (RuntimeException e) {
                // Published but still in the outboxes: the sweep sends them again, under the same event ids.
                LOG.warnf("Outbox relay could not remove %d published events: %s", turnEventIds.size(), e.toString());
                sweepDue = true;
            }
        }
        return count;
    }

    private int sweep() {
        // Handed-over documents were written before they were handed over: this sweep's queries find them.
        handedOver.clear();
        int batch = config.outbox().batchSize();
        Set<String> published = new HashSet<>();
        try {
            List<Turn> pendingTurns = turns.findWithUnpublishedEvents(batch);
            for (Turn turn : pendingTurns) {
                published.addAll(publishAndRemove(false, turn.id, turn.outbox));
            }
            List<Lead> pendingLeads = leads.findWithUnpublishedEvents(batch);
            for (Lead lead : pendingLeads) {
                published.addAll(publishAndRemove(true, lead.id, lead.outbox));
            }
            lastSweepNanos = System.nanoTime();
            sweepDue = pendingTurns.size() == batch || pendingLeads.size() == batch;
            if (sweepDue) {
                scheduleRound();
            }
        } catch (RuntimeException e) {
            // Kafka or Mongo unavailable: the entries stay, and the next tick sweeps again.
            LOG.warnf("Outbox relay sweep stopped after %d events: %s", published.size(), e.toString());
        }
        sweptEventIds = published;
        return published.size();
    }

    /** @return the ids of the events published and removed */
    private List<String> publishAndRemove(boolean lead, String documentId, List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        entries.forEach(this::publish);
        List<String> eventIds = entries.stream().map(entry -> entry.eventId).toList();
        if (lead) {
            leads.removeFromOutbox(documentId, eventIds);
        } else {
            turns.removeFromOutbox(List.of(documentId), eventIds);
        }
        return eventIds;
    }

    private void publish(OutboxEntry entry) {
        MutinyEmitter<String> emitter = emitters.get(entry.channel);
        if (emitter == null) {
            throw new IllegalStateException("No channel " + entry.channel + " for event " + entry.eventId);
        }
        EventEnvelope<String> envelope = new EventEnvelope<>(entry.eventId, entry.type, SOURCE, entry.subject,
                entry.time, entry.payload);
        emitter.sendMessage(envelope.toMessage()).await().atMost(config.outbox().sendTimeout());
    }
}
