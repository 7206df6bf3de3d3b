package com.leadtolease.agent.messaging;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.agent.repository.TurnRepository;
import com.leadtolease.agent.service.OutboxPublisher;
import com.leadtolease.contracts.Topics;
import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.leadtolease.platform.outbox.OutboxRelay;
import com.leadtolease.platform.outbox.RoundGate;
import com.leadtolease.platform.outbox.TopicEmitters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The relay of turns ({@code chat.outbound}, {@code agent.actions}) and leads ({@code leads.events}). A document just
 * written is handed over and published from that copy, without a query: the chat's reply path. Sweeps (at start,
 * after a failure, and ever less often while they find nothing) pick up what a crashed instance left.
 */
@ApplicationScoped
public class AgentEventRelay implements OutboxPublisher {

    public static final String CHAT_OUTBOUND = "chat-outbound";
    public static final String AGENT_ACTIONS = "agent-actions";
    public static final String LEADS_EVENTS = "leads-events";

    private final TopicEmitters emitters;
    private final MongoOutboxStore turns;
    private final MongoOutboxStore leads;
    private final OutboxRelay relay;
    private final AgentConfig config;

    AgentEventRelay(TurnRepository turnRepository, LeadRepository leadRepository,
                    @Channel(CHAT_OUTBOUND) MutinyEmitter<String> chatOutbound,
                    @Channel(AGENT_ACTIONS) MutinyEmitter<String> agentActions,
                    @Channel(LEADS_EVENTS) MutinyEmitter<String> leadsEvents,
                    AgentConfig config, Clock clock, MeterRegistry meters) {
        this.config = config;
        this.emitters = new TopicEmitters(Map.of(Topics.CHAT_OUTBOUND, chatOutbound,
                Topics.AGENT_ACTIONS, agentActions, Topics.LEADS_EVENTS, leadsEvents));
        this.turns = MongoOutboxStore.of(turnRepository.mongoCollection(), config.outbox().claimLease(), clock)
                .claimedInOrder(Sorts.ascending("createdAt", "sequence"));
        // A lead is saved whole, guarded by its version: bumping it on removal keeps an older copy from bringing
        // published events back.
        this.leads = MongoOutboxStore.of(leadRepository.mongoCollection(), config.outbox().claimLease(), clock)
                .claimedInOrder(Sorts.ascending("updatedAt")).alsoOnRemove(Updates.inc("version", 1L));
        turns.createIndex();
        leads.createIndex();
        this.relay = new OutboxRelay("agent", config.outbox(), emitters, List.of(turns, leads),
                RoundGate.OPEN, meters);
    }

    @Produces
    @Singleton
    OutboxRelay agentEvents() {
        return relay;
    }

    @Override
    public void publish(Turn turn) {
        relay.handOver(turns, turn.id, turn.outbox);
    }

    @Override
    public void publish(Lead lead) {
        relay.handOver(leads, lead.id, lead.outbox);
    }

    /**
     * Publishes the reply of a turn answered before once more, for a message that came again. Only once the turn's
     * own events are out: until then the relay publishes them, in order.
     */
    public void republishReply(Turn turn) {
        if (turn.reply != null && turn.outbox.isEmpty()) {
            try {
                emitters.send(turn.reply).toCompletableFuture()
                        .get(config.outbox().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while publishing the reply of turn " + turn.id, e);
            } catch (Exception e) {
                throw new IllegalStateException("Could not publish the reply of turn " + turn.id + " again", e);
            }
        }
    }
}
