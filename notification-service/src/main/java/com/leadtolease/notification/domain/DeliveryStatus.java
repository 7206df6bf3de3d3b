package com.leadtolease.notification.domain;

import java.util.Arrays;
import java.util.Optional;

/** Life of a delivery: pending (first attempt or retry due) until delivered or failed for good. */
public enum DeliveryStatus {
    PENDING("pending"),
    DELIVERED("delivered"),
    FAILED("failed");

    private final String value;

    DeliveryStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<DeliveryStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equalsIgnoreCase(value)).findFirst();
    }
}
