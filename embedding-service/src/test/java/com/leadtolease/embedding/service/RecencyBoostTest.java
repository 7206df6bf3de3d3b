package com.leadtolease.embedding.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RecencyBoostTest {

    private final Instant now = Instant.parse("2025-01-01T00:00:00Z");
    private final RecencyBoost boost = new RecencyBoost(0.5, Duration.ofDays(10));

    @Test
    void freshMessageGetsTheFullBoostAndOneHalfLifeOldHalfOfIt() {
        assertThat(boost.score(0.8, now, now)).isCloseTo(0.8 * 1.5, within(1e-9));
        assertThat(boost.score(0.8, now.minus(Duration.ofDays(10)), now)).isCloseTo(0.8 * 1.25, within(1e-9));
        assertThat(boost.score(0.8, now.minus(Duration.ofDays(3650)), now)).isCloseTo(0.8, within(1e-6));
    }

    @Test
    void zeroBoostOrUnknownTimeRanksBySimilarityAlone() {
        assertThat(boost.withBoost(0).score(0.8, now, now)).isEqualTo(0.8);
        assertThat(boost.score(0.8, null, now)).isEqualTo(0.8);
    }

    @Test
    void recencyCanOvertakeASlightlyBetterOlderMatch() {
        double older = boost.score(0.80, now.minus(Duration.ofDays(365)), now);
        double newer = boost.score(0.75, now.minus(Duration.ofDays(1)), now);
        assertThat(newer).isGreaterThan(older);
    }
}
