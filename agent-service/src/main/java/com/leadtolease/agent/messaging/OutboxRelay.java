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

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the events waiting in document outboxes — turns (chat.outbound, agent.actions) and leads (leads.events)
 * — and removes each only after Kafka acknowledged it. A crash in between publishes it again with the same CloudEvent
 * id, which consumers deduplicate on. Rounds run one at a time on one thread, oldest turn first, so one session's
 * replies leave in order; a round starts on a timer and right after every write.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHAT_OUTBOUND = "chat-outbound";
    public static final String AGENT_ACTIONS = "agent-actions";
    public static final String LEADS_EVENTS = "leads-events";
    static final String SOURCE = "/agent-service";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final TurnRepository turns;
    private final LeadRepository leads;
    private final Map<String, MutinyEmitter<String>> emitters;
    private final AgentConfig config;
    private final AtomicBoolean roundQueued = new AtomicBoolean();
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
        worker.scheduleWithFixedDelay(this::poke, interval, interval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Asks for a round soon; calls while one is already queued collapse into it. */
    public void poke() {
        if (worker != null && roundQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                roundQueued.set(false);
                publishPending();
            });
        }
    }

    int publishPending() {
        int count = 0;
        try {
            for (Turn turn : turns.findWithUnpublishedEvents(config.outbox().batchSize())) {
                for (OutboxEntry entry : turn.outbox) {
                    publish(entry);
                    turns.removeFromOutbox(turn.id, entry.eventId);
                    count++;
                }
            }
            for (Lead lead : leads.findWithUnpublishedEvents(config.outbox().batchSize())) {
                for (OutboxEntry entry : lead.outbox) {
                    publish(entry);
                    leads.removeFromOutbox(lead.id, entry.eventId);
                    count++;
                }
            }
        } catch (RuntimeException e) {
            // Kafka or Mongo unavailable: stop this round; the entries stay and the next round retries them.
            LOG.warnf("Outbox relay round stopped after %d events: %s", count, e.toString());
        }
        return count;
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
