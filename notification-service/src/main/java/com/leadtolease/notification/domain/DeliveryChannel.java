package com.leadtolease.notification.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a notification reaches its target. Stored and shown in lower case. */
public enum DeliveryChannel {
    EMAIL("email"),
    WEBHOOK("webhook");

    private final String value;

    DeliveryChannel(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<DeliveryChannel> fromValue(String value) {
        return Arrays.stream(values()).filter(c -> c.value.equalsIgnoreCase(value)).findFirst();
    }
}
