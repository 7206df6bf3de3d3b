package com.leadtolease.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

/**
 * Starts every {@link OutboxRelay} a service produces, and stops them. A default-priority StartupEvent observer runs
 * after the messaging library has wired the Kafka channels (a relay created earlier fails to get its emitters).
 */
@ApplicationScoped
public class OutboxRelayLifecycle {

    private final Instance<OutboxRelay> relays;

    OutboxRelayLifecycle(@Any Instance<OutboxRelay> relays) {
        this.relays = relays;
    }

    void onStart(@Observes StartupEvent event) {
        relays.forEach(OutboxRelay::start);
    }

    void onStop(@Observes ShutdownEvent event) {
        relays.forEach(OutboxRelay::close);
    }
}
