package com.leadtolease.embedding.service;

import java.time.Duration;
import java.time.Instant;

/**
 * score = cosine × (1 + boost × 2^(−age / halfLife)): a message from now gains up to {@code boost}, one a half-life
 * old half of that. Boost 0 ranks by similarity alone.
 */
public record RecencyBoost(double boost, Duration halfLife) {

    public RecencyBoost {
        if (boost < 0 || halfLife.isZero() || halfLife.isNegative()) {
            throw new IllegalArgumentException("need boost >= 0 and a positive half-life");
        }
    }

    public RecencyBoost withBoost(double newBoost) {
        return new RecencyBoost(newBoost, halfLife);
    }

    public double score(double cosine, Instant timestamp, Instant now) {
        if (boost == 0 || timestamp == null) {
            return cosine;
        }
        double ageMillis = Math.max(0, Duration.between(timestamp, now).toMillis());
        return cosine * (1 + boost * Math.pow(2, -ageMillis / halfLife.toMillis()));
    }
}
