package com.leadtolease.gateway.service;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.gateway.config.ConsoleConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the consoles connected to this instance hear: that a conversation changed (a hand-off, an agent or a staff
 * reply), as {sessionId, type, at} only. No message text or personal data: the page reads the conversation itself
 * through the operator API. Every instance reads all of chat.outbound, so each feeds its own consoles.
 */
@ApplicationScoped
public class ConsoleEvents {

    public static final String READY = "ready";
    public static final String PING = "ping";

    private static final Map<String, String> TYPES = Map.of(
            EventTypes.HANDOFF_REQUESTED, "handoff_requested",
            EventTypes.AGENT_REPLIED, "agent_replied",
            EventTypes.OPERATOR_REPLIED, "operator_replied");

    private final Set<MultiEmitter<? super ConsoleEvent>> listeners = ConcurrentHashMap.newKeySet();
    private final ConsoleConfig config;
    private final Clock clock;

    ConsoleEvents(ConsoleConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** @param sessionId null for the stream's own ready and ping events */
    public record ConsoleEvent(String sessionId, String type, Instant at) {
    }

    /** A chat.outbound event of {@code eventType} about {@code sessionId}; other types are not the console's. */
    public void outbound(String eventType, String sessionId, Instant at) {
        Optional.ofNullable(TYPES.get(eventType)).ifPresent(type -> {
            ConsoleEvent event = new ConsoleEvent(sessionId, type, at != null ? at : clock.instant());
            listeners.removeIf(MultiEmitter::isCancelled);
            listeners.forEach(listener -> listener.emit(event));
        });
    }

    /**
     * A ready event, then every change until {@code until} (or the configured lifetime, whichever comes first), with
     * pings between. A slow reader loses events rather than holding the consumer: the page re-reads the inbox anyway.
     */
    public Multi<ConsoleEvent> stream(Instant until) {
        Instant now = clock.instant();
        Duration lifetime = Duration.between(now, until);
        if (lifetime.compareTo(config.streamLifetime()) > 0) {
            lifetime = config.streamLifetime();
        }
        AtomicReference<MultiEmitter<? super ConsoleEvent>> listener = new AtomicReference<>();
        Multi<ConsoleEvent> changes = Multi.createFrom().<ConsoleEvent>emitter(emitter -> {
            listener.set(emitter);
            listeners.add(emitter);
        }, BackPressureStrategy.DROP);
        Multi<ConsoleEvent> pings = Multi.createFrom().ticks().every(config.heartbeat())
                .map(tick -> new ConsoleEvent(null, PING, clock.instant()));
        return Multi.createBy().concatenating().streams(
                Multi.createFrom().item(new ConsoleEvent(null, READY, now)),
                Multi.createBy().merging().streams(changes, pings).select().first(lifetime.isNegative()
                        ? Duration.ZERO : lifetime))
                .onTermination().invoke(() -> {
                    MultiEmitter<? super ConsoleEvent> emitter = listener.get();
                    if (emitter != null) {
                        listeners.remove(emitter);
                    }
                });
    }

    /** How many streams are open on this instance (tests wait for theirs). */
    public int listening() {
        return listeners.size();
    }
}
