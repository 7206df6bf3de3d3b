package com.leadtolease.notification.messaging;

import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.notification.config.NotificationConfig;
import com.leadtolease.notification.service.LeadEmailEvent;
import com.leadtolease.notification.service.LeadEmailPlanner;
import com.leadtolease.notification.service.LeadErasure;
import com.leadtolease.notification.service.LeadEventReader;
import com.leadtolease.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Reads {@code leads.events}: an email the agent asks for ({@code LEAD_EMAIL_REQUESTED}) becomes one pending email
 * delivery (idempotent by email id) that {@link com.leadtolease.notification.service.DeliveryDispatcher} sends like a
 * tour email; an erasure ({@code LEAD_ERASED}) redacts the lead's deliveries. Other lead events are skipped; a record
 * that cannot be read lands on {@code leads.events.dlq}.
 */
@ApplicationScoped
public class LeadEventConsumer {

    private static final Logger LOG = Logger.getLogger(LeadEventConsumer.class);

    private final EventConsumer events;
    private final LeadEventReader reader;
    private final LeadEmailPlanner planner;
    private final LeadErasure erasure;

    public LeadEventConsumer(LeadEventReader reader, LeadEmailPlanner planner, LeadErasure erasure,
                             NotificationConfig config) {
        this.events = new EventConsumer(LOG, "Lead event",
                Set.of(EventTypes.LEAD_EMAIL_REQUESTED, EventTypes.LEAD_ERASED)::contains,
                config.consumers().leadEventsRetryWindow());
        this.reader = reader;
        this.planner = planner;
        this.erasure = erasure;
    }

    @Incoming("lead-events")
    @Blocking
    public CompletionStage<Void> onLeadEvent(Message<String> message) {
        return events.consume(message, this::handle);
    }

    private void handle(EventEnvelope<String> envelope) {
        if (EventTypes.LEAD_ERASED.equals(envelope.type())) {
            erasure.erase(reader.erased(envelope));
            return;
        }
        LeadEmailEvent event = reader.email(envelope);
        planner.plan(event).ifPresentOrElse(
                created -> LOG.infof("Lead email %s (%s) of lead %s queued as delivery %s", event.email().emailId(),
                        event.email().kind(), event.email().leadId(), created.id),
                () -> LOG.debugf("Lead email %s was queued before", event.email().emailId()));
    }
}
