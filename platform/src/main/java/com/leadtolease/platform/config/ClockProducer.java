package com.leadtolease.platform.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** The Clock every service injects (agent-service and booking-service today). */
public class ClockProducer {

    /** Millisecond ticks: Mongo keeps milliseconds, so what we answer equals what we later read back. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
