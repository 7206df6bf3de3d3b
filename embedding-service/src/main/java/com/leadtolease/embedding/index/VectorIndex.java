package com.leadtolease.embedding.index;

import com.leadtolease.embedding.domain.EmbeddedChunk;

import java.util.List;

/**
 * Nearest-neighbour search over the vectors of {@code message_embeddings}. Two backends: {@link LocalVectorIndex}
 * (in memory, exact) and {@link AtlasVectorIndex} (MongoDB Atlas {@code $vectorSearch} through langchain4j's
 * {@code MongoDbEmbeddingStore}).
 */
public interface VectorIndex {

    /** Makes the index ready to serve the version (the active one), whose vectors have this many dimensions. */
    void prepare(String version, int dimensions);

    /** Vectors just written to {@code message_embeddings}. */
    void upserted(String version, List<EmbeddedChunk> chunks);

    /** The {@code limit} chunks of the version most similar to the query that pass the filter, best first. */
    List<VectorHit> search(String version, float[] query, SearchFilter filter, int limit);
}
