package com.leadtolease.agent.funnel;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * The first in-house analytics consumer: reads {@code leads.events}, {@code bookings.events} and
 * {@code agent.actions}, each on its own channel and consumer group ({@code agent-service-funnel}), so it never takes
 * records from the agent's own consumers. Unreadable records go to the topic's DLQ; Mongo away is retried in place
 * for {@code agent.funnel.retry-window}. A redelivered record changes nothing ({@link FunnelStore}).
 */
@ApplicationScoped
public class FunnelConsumer {

    private static final Logger LOG = Logger.getLogger(FunnelConsumer.class);

    private final EventConsumer leads;
    private final EventConsumer tours;
    private final EventConsumer actions;
    private final FunnelRecorder recorder;

    FunnelConsumer(FunnelRecorder recorder, AgentConfig config) {
        this.leads = new EventConsumer(LOG, "Funnel lead event", FunnelRecorder.LEAD_TYPES::contains,
                config.funnel().retryWindow());
        this.tours = new EventConsumer(LOG, "Funnel tour event", FunnelRecorder.TOUR_STATUS::containsKey,
                config.funnel().retryWindow());
        this.actions = new EventConsumer(LOG, "Funnel agent action", FunnelRecorder.ACTION_TYPES::contains,
                config.funnel().retryWindow());
        this.recorder = recorder;
    }

    @Incoming("funnel-leads")
    @Blocking
    public CompletionStage<Void> onLeadEvent(Message<String> message) {
        return leads.consume(message, recorder::lead);
    }

    @Incoming("funnel-tours")
    @Blocking
    public CompletionStage<Void> onTourEvent(Message<String> message) {
        return tours.consume(message, recorder::tour);
    }

    @Incoming("funnel-actions")
    @Blocking
    public CompletionStage<Void> onAgentAction(Message<String> message) {
        return actions.consume(message, recorder::action);
    }
}
