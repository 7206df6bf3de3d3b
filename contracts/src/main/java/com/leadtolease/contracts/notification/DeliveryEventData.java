package com.leadtolease.contracts.notification;

/** Payload of {@code notifications.events}: one delivery attempt's outcome (delivered or failed). */
public record DeliveryEventData(
        String deliveryId,
        String sourceEventId,
        String sourceEventType,
        String channel,
        String target,
        String status,
        int attempts,
        String lastError) {
}
