package com.leadtolease.notification.domain;

import com.leadtolease.platform.outbox.OutboxEvent;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One notification to one target for one booking event, agent action or lead email: a document of the {@code deliveries}
 * collection. Its id is derived from (event id or action idempotency key, channel, target), so a redelivered event
 * finds the same document.
 */
@MongoEntity(collection = "deliveries")
public class Delivery {
    @BsonId
    public String id;
    public String sourceEventId;
    public String sourceEventType;
    public String tourId;
    /** Conversation of an agent action or a lead email (null for booking events). */
    public String sessionId;
    /** The lead the delivery is about, when its event names one: how a lead's erasure finds its deliveries. */
    public String leadId;
    /** When the lead's personal data was erased from this delivery (target, kept event), or null. */
    public Instant erasedAt;
    /** schedule_tour, request_docs, mark_favorite, apply_now or handoff for an agent action (null for booking events). */
    public String actionType;
    /** {@link DeliveryChannel#value()}. */
    public String channel;
    /** Email address or webhook URL. */
    public String target;
    /** {@link DeliveryStatus#value()}. */
    public String status;
    public int attempts;
    /** When the delivery was first attempted; its retry window counts from here (null until then). */
    public Instant firstAttemptAt;
    public String lastError;
    /** When the next attempt is due (while pending; also the claim expiry of an attempt in flight). */
    public Instant nextAttemptAt;
    public Instant createdAt;
    public Instant updatedAt;
    public SourceEvent sourceEvent;
    /** Events not yet relayed to Kafka. */
    public List<OutboxEvent> outbox = new ArrayList<>();

    public DeliveryChannel channel() {
        return DeliveryChannel.fromValue(channel).orElseThrow();
    }

    public static Delivery pending(String id, SourceEvent event, String tourId, DeliveryChannel channel,
                                   String target, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = id;
        delivery.sourceEventId = event.eventId;
        delivery.sourceEventType = event.type;
        delivery.tourId = tourId;
        delivery.channel = channel.value();
        delivery.target = target;
        delivery.status = DeliveryStatus.PENDING.value();
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        delivery.sourceEvent = event;
        return delivery;
    }
}
