package com.leadtolease.embedding.rest;

import com.leadtolease.embedding.domain.EmbeddingRun;

import java.time.Instant;

/** A version, as its defining run (bootstrap or re-embedding) describes it. */
public record RunView(String runId, String version, String model, int dimensions, String kind, String status,
                      boolean active, String sourceVersion, int threads, int messages, int chunks, long durationMs,
                      Instant startedAt, Instant finishedAt, String error) {

    static RunView of(EmbeddingRun r) {
        return new RunView(r.id, r.version, r.model, r.dimensions, r.kind, r.status, r.active, r.sourceVersion,
                r.threads, r.messages, r.chunks, r.durationMs, r.startedAt, r.finishedAt, r.error);
    }
}
