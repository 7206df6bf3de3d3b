package com.leadtolease.embedding.domain;

/** A chunk with its vector, as stored in {@code message_embeddings}. */
public record EmbeddedChunk(Chunk chunk, float[] embedding, String model, String version) {

    public String id() {
        return chunk.idIn(version);
    }
}
