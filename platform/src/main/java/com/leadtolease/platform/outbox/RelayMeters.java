package com.leadtolease.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What a relay did, for /q/metrics: events published, parked, and sends that failed but may pass. */
final class RelayMeters {

    private final Counter published;
    private final Counter parked;
    private final Counter failed;

    RelayMeters(MeterRegistry registry, String relay) {
        this.published = registry.counter("outbox.published", "relay", relay);
        this.parked = registry.counter("outbox.parked", "relay", relay);
        this.failed = registry.counter("outbox.send.failures", "relay", relay);
    }

    void published() {
        published.increment();
    }

    void parked() {
        parked.increment();
    }

    void failed() {
        failed.increment();
    }
}
