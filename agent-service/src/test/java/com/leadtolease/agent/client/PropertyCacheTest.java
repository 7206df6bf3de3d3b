package com.leadtolease.agent.client;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyCacheTest {

    private Instant now = Instant.parse("2026-11-21T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aPropertyIsReusedUntilItsTimeToLiveEnds() {
        PropertyCache cache = new PropertyCache(Duration.ofSeconds(30), clock);
        cache.put("p1", detail("p1"));

        now = now.plusSeconds(29);
        assertThat(cache.get("p1")).map(BookingViews.PropertyDetail::id).contains("p1");
        now = now.plusSeconds(1);
        assertThat(cache.get("p1")).isEmpty();
        assertThat(cache.get("p2")).isEmpty();
    }

    @Test
    void aZeroTimeToLiveKeepsNothing() {
        PropertyCache cache = new PropertyCache(Duration.ZERO, clock);
        cache.put("p1", detail("p1"));

        assertThat(cache.get("p1")).isEmpty();
    }

    @Test
    void staysBoundedWhenManyPropertiesAreRead() {
        PropertyCache cache = new PropertyCache(Duration.ofMinutes(1), clock);
        for (int i = 0; i <= PropertyCache.MAX_ENTRIES; i++) {
            cache.put("p" + i, detail("p" + i));
        }

        assertThat(cache.get("p" + PropertyCache.MAX_ENTRIES)).isPresent();
        assertThat(cache.get("p0")).as("the full cache was emptied before the newest entry").isEmpty();
    }

    private static BookingViews.PropertyDetail detail(String id) {
        return new BookingViews.PropertyDetail(id, "Name " + id, "Katy", null, "America/Chicago", null, List.of(),
                null, null, List.of(), List.of());
    }
}
