package com.leadtolease.notification.messaging;

import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.notification.config.NotificationConfig;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.service.ActionDeliveryPlanner;
import com.leadtolease.notification.service.AgentActionEvent;
import com.leadtolease.notification.service.AgentActionReader;
import com.leadtolease.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Reads {@code agent.actions} and records one pending webhook delivery per configured Zapier hook before it
 * acknowledges; {@link com.leadtolease.notification.service.DeliveryDispatcher} sends them like any other webhook
 * (signed, retried, logged). A record that cannot be read lands on {@code agent.actions.dlq}.
 */
@ApplicationScoped
public class AgentActionConsumer {

    private static final Logger LOG = Logger.getLogger(AgentActionConsumer.class);

    private final EventConsumer events;
    private final AgentActionReader reader;
    private final ActionDeliveryPlanner planner;

    public AgentActionConsumer(AgentActionReader reader, ActionDeliveryPlanner planner, NotificationConfig config) {
        this.events = new EventConsumer(LOG, "Agent action", EventTypes.AGENT_ACTION::equals,
                config.consumers().agentActionsRetryWindow());
        this.reader = reader;
        this.planner = planner;
    }

    @Incoming("agent-actions")
    @Blocking
    public CompletionStage<Void> onAgentAction(Message<String> message) {
        return events.consume(message, this::plan);
    }

    private void plan(EventEnvelope<String> envelope) {
        AgentActionEvent event = reader.read(envelope);
        if (!ActionDeliveryPlanner.forwards(event.action().type())) {
            LOG.debugf("Action %s of event %s is not forwarded", event.action().type(), envelope.id());
            return;
        }
        List<Delivery> created = planner.plan(event);
        if (created.isEmpty()) {
            LOG.debugf("Action %s (%s) needs no new delivery (redelivered, or no hook configured)",
                    event.action().idempotencyKey(), event.action().type());
        } else {
            LOG.infof("Action %s of session %s: %d webhook deliveries queued", event.action().type(),
                    envelope.subject(), created.size());
        }
    }
}
