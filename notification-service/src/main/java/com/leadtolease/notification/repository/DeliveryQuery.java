package com.leadtolease.notification.repository;

import com.leadtolease.notification.domain.DeliveryChannel;
import com.leadtolease.notification.domain.DeliveryStatus;

import java.util.Optional;

/** Filters of the delivery log; each one is optional. */
public record DeliveryQuery(Optional<String> tourId, Optional<String> sessionId, Optional<DeliveryStatus> status,
                            Optional<DeliveryChannel> channel) {
}
