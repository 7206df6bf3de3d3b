package com.leadtolease.embedding.index;

import java.time.Instant;

/** Optional restrictions of a search; null means "any". */
public record SearchFilter(String role, String stage, Instant since) {

    public static final SearchFilter NONE = new SearchFilter(null, null, null);

    public boolean matches(String role, String stage, long timestampMillis) {
        return (this.role == null || this.role.equals(role))
                && (this.stage == null || this.stage.equals(stage))
                && (since == null || timestampMillis >= since.toEpochMilli());
    }
}
