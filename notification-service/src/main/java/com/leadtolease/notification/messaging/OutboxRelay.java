package com.leadtolease.notification.messaging;

import com.leadtolease.contracts.Topics;
import com.leadtolease.notification.config.NotificationConfig;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.domain.OutboxMessage;
import com.leadtolease.notification.repository.DeliveryRepository;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.Optional;

/**
 * Publishes the events waiting in delivery documents' outboxes: to {@code notifications.events}
 * (NOTIFICATION_DELIVERED / NOTIFICATION_FAILED), {@code bookings.events.dlq} and {@code agent.actions.dlq}
 * (original booking events and agent actions whose delivery failed for good). An entry is removed only after Kafka acknowledged it, so nothing is lost if the
 * service stops in between; it may then be published twice with the same CloudEvent id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int DOCUMENTS_PER_RUN = 100;

    private final DeliveryRepository repository;
    private final MutinyEmitter<String> notificationEvents;
    private final MutinyEmitter<String> bookingDeadLetters;
    private final MutinyEmitter<String> actionDeadLetters;
    private final NotificationConfig.Outbox config;

    public OutboxRelay(DeliveryRepository repository,
                       @Channel("notification-events") MutinyEmitter<String> notificationEvents,
                       @Channel("booking-dead-letters") MutinyEmitter<String> bookingDeadLetters,
                       @Channel("action-dead-letters") MutinyEmitter<String> actionDeadLetters,
                       NotificationConfig config) {
        this.repository = repository;
        this.notificationEvents = notificationEvents;
        this.bookingDeadLetters = bookingDeadLetters;
        this.actionDeadLetters = actionDeadLetters;
        this.config = config.outbox();
    }

    @Scheduled(identity = "outbox-relay", every = "${notification.outbox.relay-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        Set<String> relayed = new HashSet<>();
        for (int i = 0; i < DOCUMENTS_PER_RUN; i++) {
            Instant now = Instant.now();
            Optional<Delivery> claimed = repository.claimOutbox(now, now.plus(config.claimTimeout()));
            if (claimed.isEmpty()) {
                return;
            }
            if (!relayed.add(claimed.get().id)) {
                LOG.warnf("Outbox of delivery %s still holds events after relaying them; will look again next run",
                        claimed.get().id);
                repository.releaseOutbox(claimed.get().id);
                return;
            }
            if (!relay(claimed.get())) {
                return;
            }
        }
    }

    /** @return false when Kafka did not take an event; the rest waits for the next run */
    private boolean relay(Delivery delivery) {
        try {
            for (OutboxMessage entry : delivery.outbox) {
                emitterFor(entry.topic).sendMessage(toMessage(entry)).await().atMost(config.publishTimeout());
                if (!repository.removeFromOutbox(delivery.id, entry.entryId)) {
                    LOG.warnf("Event %s of delivery %s was relayed but was no longer in its outbox", entry.entryId,
                            delivery.id);
                }
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Outbox of delivery %s not relayed yet (will retry): %s", delivery.id, e.getMessage());
            return false;
        } finally {
            repository.releaseOutbox(delivery.id);
        }
    }

    private MutinyEmitter<String> emitterFor(String topic) {
        if (Topics.NOTIFICATIONS_EVENTS.equals(topic)) {
            return notificationEvents;
        }
        if (Topics.deadLetter(Topics.BOOKINGS_EVENTS).equals(topic)) {
            return bookingDeadLetters;
        }
        if (Topics.deadLetter(Topics.AGENT_ACTIONS).equals(topic)) {
            return actionDeadLetters;
        }
        throw new IllegalStateException("No channel publishes to topic " + topic);
    }

    /** A binary-mode CloudEvent keyed by its subject, plus the entry's extra headers. */
    static Message<String> toMessage(OutboxMessage entry) {
        Message<String> message = entry.toEnvelope().toMessage();
        if (entry.headers == null || entry.headers.isEmpty()) {
            return message;
        }
        RecordHeaders headers = new RecordHeaders();
        entry.headers.forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return message.addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(entry.subject)
                .withHeaders(headers)
                .build());
    }
}
