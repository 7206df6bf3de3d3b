package com.leadtolease.contracts.embedding;

import java.time.Instant;

/** Payload of EMBEDDINGS_UPSERTED on {@code embeddings.events}: one thread's vectors written into a version. */
public record EmbeddingsUpsertedData(String threadId, String version, String model, int dimensions, int messages,
                                     int chunks, String runId, String sourceEventId, Instant upsertedAt) {
}
