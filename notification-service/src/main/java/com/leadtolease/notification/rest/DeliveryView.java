package com.leadtolease.notification.rest;

import com.leadtolease.notification.domain.Delivery;

import java.time.Instant;

/** One entry of the delivery log as staff see it. */
public record DeliveryView(
        String deliveryId,
        String sourceEventId,
        String sourceEventType,
        String tourId,
        String sessionId,
        String actionType,
        String channel,
        String target,
        String status,
        int attempts,
        String lastError,
        Instant firstAttemptAt,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant updatedAt,
        int eventsNotYetPublished) {

    public static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id, delivery.sourceEventId, delivery.sourceEventType, delivery.tourId,
                delivery.sessionId, delivery.actionType,
                delivery.channel, delivery.target, delivery.status, delivery.attempts, delivery.lastError,
                delivery.firstAttemptAt, delivery.nextAttemptAt, delivery.createdAt, delivery.updatedAt,
                delivery.outbox == null ? 0 : delivery.outbox.size());
    }
}
