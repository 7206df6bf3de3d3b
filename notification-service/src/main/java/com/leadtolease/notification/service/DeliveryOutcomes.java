package com.leadtolease.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.notification.DeliveryEventData;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.domain.DeliveryStatus;
import com.leadtolease.notification.repository.DeliveryRepository;
import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.platform.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records what an attempt came to. A final outcome (delivered / failed) and the events it must produce are one
 * atomic update of the delivery document: the NOTIFICATION_DELIVERED / NOTIFICATION_FAILED event, and on failure
 * the original event for {@code bookings.events.dlq} or {@code agent.actions.dlq}. {@link com.leadtolease.notification.messaging.DeliveryEventRelay}
 * publishes them.
 */
@ApplicationScoped
public class DeliveryOutcomes {

    public static final String SOURCE = "/notification-service";
    static final String DEAD_LETTER_REASON = "dead-letter-reason";
    static final String DEAD_LETTER_TOPIC = "dead-letter-topic";
    static final String DEAD_LETTER_DELIVERY_ID = "dead-letter-delivery-id";
    static final String DEAD_LETTER_CHANNEL = "dead-letter-channel";

    private static final Logger LOG = Logger.getLogger(DeliveryOutcomes.class);

    private final DeliveryRepository repository;
    private final RetryPolicy retryPolicy;
    private final ObjectMapper mapper;
    private final MeterRegistry metrics;
    private final OutboxRelay relay;

    public DeliveryOutcomes(DeliveryRepository repository, RetryPolicy retryPolicy, ObjectMapper mapper,
                            MeterRegistry metrics, OutboxRelay relay) {
        this.repository = repository;
        this.retryPolicy = retryPolicy;
        this.mapper = mapper;
        this.metrics = metrics;
        this.relay = relay;
    }

    public void record(Delivery claimed, AttemptResult result) {
        Instant now = Instant.now();
        if (result instanceof AttemptResult.Delivered) {
            complete(claimed, DeliveryStatus.DELIVERED, null, now);
        } else if (result instanceof AttemptResult.Permanent permanent) {
            complete(claimed, DeliveryStatus.FAILED, permanent.error(), now);
        } else if (result instanceof AttemptResult.Retryable retryable) {
            Instant firstAttemptAt = firstAttemptOf(claimed, now);
            Optional<Instant> next = retryPolicy.nextAttempt(claimed.attempts, firstAttemptAt, now,
                    retryable.notBefore());
            if (next.isEmpty()) {
                complete(claimed, DeliveryStatus.FAILED, retryable.error() + " (gave up after " + claimed.attempts
                        + " attempt(s): the retry window of " + retryPolicy.window() + " is spent)", now);
            } else {
                retryLater(claimed, retryable, next.get(), retryPolicy.giveUpAt(firstAttemptAt), now);
            }
        }
    }

    /** Claims note it; a delivery claimed before the field existed counts from its creation. */
    static Instant firstAttemptOf(Delivery claimed, Instant now) {
        if (claimed.firstAttemptAt != null) {
            return claimed.firstAttemptAt;
        }
        return claimed.createdAt != null ? claimed.createdAt : now;
    }

    private void retryLater(Delivery claimed, AttemptResult.Retryable retryable, Instant next, Instant giveUpAt,
                            Instant now) {
        String error = retryable.error() + " (attempt " + claimed.attempts + "; retried until " + giveUpAt + ")";
        if (repository.scheduleRetry(claimed, error, next, now)) {
            LOG.infof("Delivery %s (%s) will be retried at %s: %s", claimed.id, claimed.channel, next, error);
            metrics.counter("notification.delivery.retries", "channel", claimed.channel).increment();
        } else {
            LOG.warnf("Delivery %s changed while being attempted; its retry was not recorded", claimed.id);
        }
    }

    private void complete(Delivery claimed, DeliveryStatus status, String error, Instant now) {
        List<OutboxEvent> events = status == DeliveryStatus.DELIVERED
                ? List.of(outcomeEvent(claimed, status, error, now))
                : List.of(outcomeEvent(claimed, status, error, now), deadLetter(claimed, error));
        if (repository.complete(claimed, status, error, now, events)) {
            relay.wakeUp();
            metrics.counter("notification.deliveries", "channel", claimed.channel, "status", status.value()).increment();
            if (status == DeliveryStatus.FAILED) {
                LOG.warnf("Delivery %s (%s) failed after %d attempt(s): %s", claimed.id, claimed.channel,
                        claimed.attempts, error);
            } else {
                LOG.debugf("Delivery %s (%s) delivered", claimed.id, claimed.channel);
            }
        } else {
            LOG.warnf("Delivery %s changed while being attempted; its outcome (%s) was not recorded", claimed.id,
                    status.value());
        }
    }

    private OutboxEvent outcomeEvent(Delivery delivery, DeliveryStatus status, String error, Instant now) {
        DeliveryEventData data = new DeliveryEventData(delivery.id, delivery.sourceEventId, delivery.sourceEventType,
                delivery.channel, delivery.target, status.value(), delivery.attempts, error);
        String type = status == DeliveryStatus.DELIVERED ? EventTypes.NOTIFICATION_DELIVERED : EventTypes.NOTIFICATION_FAILED;
        String eventId = UUID.randomUUID().toString();
        EventEnvelope<String> envelope = new EventEnvelope<>(eventId, type, SOURCE, delivery.id, now, json(data));
        return OutboxEvent.of(Topics.NOTIFICATIONS_EVENTS, envelope);
    }

    /**
     * The original event (booking event or agent action), unchanged (same ce_id, type, source, subject, time and
     * JSON value), for the dead-letter topic of the topic it came from.
     */
    private static OutboxEvent deadLetter(Delivery delivery, String error) {
        String sourceTopic = delivery.sourceEvent.topicOrDefault();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DEAD_LETTER_REASON, error);
        headers.put(DEAD_LETTER_TOPIC, sourceTopic);
        headers.put(DEAD_LETTER_DELIVERY_ID, delivery.id);
        headers.put(DEAD_LETTER_CHANNEL, delivery.channel);
        return OutboxEvent.of(Topics.deadLetter(sourceTopic), delivery.sourceEvent.toEnvelope(), headers);
    }

    private String json(DeliveryEventData data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("DeliveryEventData is always serializable", e);
        }
    }
}
