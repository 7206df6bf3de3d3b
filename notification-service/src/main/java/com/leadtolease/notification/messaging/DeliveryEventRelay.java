package com.leadtolease.notification.messaging;

import com.leadtolease.contracts.Topics;
import com.leadtolease.notification.config.NotificationConfig;
import com.leadtolease.notification.repository.DeliveryRepository;
import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.leadtolease.platform.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.time.Clock;
import java.util.Map;

/**
 * The relay of the delivery outboxes: outcomes to {@code notifications.events}, and the original booking events and
 * agent actions and lead emails whose delivery failed for good to {@code bookings.events.dlq} /
 * {@code agent.actions.dlq} / {@code leads.events.dlq}.
 */
@ApplicationScoped
public class DeliveryEventRelay {

    // Injected here, not into the producer: the messaging library finds emitters on bean fields and constructors.
    @Channel("notification-events")
    MutinyEmitter<String> notificationEvents;
    @Channel("booking-dead-letters")
    MutinyEmitter<String> bookingDeadLetters;
    @Channel("action-dead-letters")
    MutinyEmitter<String> actionDeadLetters;
    @Channel("lead-dead-letters")
    MutinyEmitter<String> leadDeadLetters;

    @Produces
    @Singleton
    OutboxRelay deliveryEvents(DeliveryRepository deliveries, NotificationConfig config, Clock clock,
                               MeterRegistry meters) {
        return OutboxRelay.of("notification", config.outbox(),
                MongoOutboxStore.of(deliveries.mongoCollection(), config.outbox().claimLease(), clock),
                Map.of(Topics.NOTIFICATIONS_EVENTS, notificationEvents,
                        Topics.deadLetter(Topics.BOOKINGS_EVENTS), bookingDeadLetters,
                        Topics.deadLetter(Topics.AGENT_ACTIONS), actionDeadLetters,
                        Topics.deadLetter(Topics.LEADS_EVENTS), leadDeadLetters), meters);
    }
}
