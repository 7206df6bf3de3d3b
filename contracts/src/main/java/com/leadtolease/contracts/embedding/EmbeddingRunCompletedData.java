package com.leadtolease.contracts.embedding;

import java.time.Instant;

/** Payload of EMBEDDING_RUN_COMPLETED on {@code embeddings.events}: a re-embedding run ended (completed or failed). */
public record EmbeddingRunCompletedData(String runId, String version, String sourceVersion, String model,
                                        int dimensions, String status, int threads, int messages, int chunks,
                                        long durationMs, String error, Instant finishedAt) {
}
