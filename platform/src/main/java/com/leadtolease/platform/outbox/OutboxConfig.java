package com.leadtolease.platform.outbox;

import io.smallrye.config.WithDefault;

import java.time.Duration;

/** A service's outbox relay settings: the {@code <service>.outbox.*} group of its config mapping. */
public interface OutboxConfig {

    /** False starts the relay paused: events stay in the outboxes until it is resumed. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for events nobody handed over (left by a crash, or written without a wake-up). */
    @WithDefault("250ms")
    Duration relayEvery();

    /** A look that finds nothing doubles the wait before the next, up to this; a write or a failure resets it. */
    @WithDefault("30s")
    Duration maxIdleBackoff();

    /** After a failed send or store error the wait doubles likewise, up to this. */
    @WithDefault("5s")
    Duration maxRetryBackoff();

    /** Documents claimed per batch. */
    @WithDefault("100")
    int batchSize();

    /** How long one send may wait for the broker's acknowledgement. */
    @WithDefault("10s")
    Duration sendTimeout();

    /**
     * Failed sends after which an event is parked (in {@code outboxParked}, with the last failure) instead of being
     * retried again, so an entry the broker keeps refusing does not hold back the aggregate's later events forever.
     */
    @WithDefault("10")
    int maxAttempts();

    /** How long a claim holds documents before another relay may take them (this one stopped). */
    @WithDefault("1m")
    Duration claimLease();
}
