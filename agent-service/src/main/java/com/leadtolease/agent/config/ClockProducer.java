package com.leadtolease.agent.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

public class ClockProducer {

    /** Millisecond ticks: Mongo keeps milliseconds, so what we answer equals what we later read back. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
