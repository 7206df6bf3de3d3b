package com.leadtolease.agent.client;

import com.leadtolease.agent.config.AgentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Property details (policies, fees, amenities, address) reused for {@code agent.services.property-cache-ttl}: a
 * conversation asks about parking, pets and fees of the same property in a row. Availability is never cached.
 */
@ApplicationScoped
public class PropertyCache {

    static final int MAX_ENTRIES = 1_000;

    private record Entry(BookingViews.PropertyDetail detail, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    @Inject
    PropertyCache(AgentConfig config, Clock clock) {
        this(config.services().propertyCacheTtl(), clock);
    }

    PropertyCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    public Optional<BookingViews.PropertyDetail> get(String propertyId) {
        Entry entry = entries.get(propertyId);
        if (entry == null || !clock.instant().isBefore(entry.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(entry.detail());
    }

    public void put(String propertyId, BookingViews.PropertyDetail detail) {
        if (ttl.isZero()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(propertyId, new Entry(detail, now.plus(ttl)));
    }
}
