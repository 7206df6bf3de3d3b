package com.leadtolease.embedding.rest;

import java.time.Instant;

/**
 * @param recencyBoost overrides {@code embedding.search.recency-boost} for this request (0 = similarity only)
 */
public record SearchRequest(String text, Integer k, Filters filters, Double recencyBoost) {

    public record Filters(String role, String stage, Instant since) {
    }
}
