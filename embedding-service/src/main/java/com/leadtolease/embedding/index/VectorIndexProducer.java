package com.leadtolease.embedding.index;

import com.leadtolease.embedding.config.EmbeddingConfig;
import com.leadtolease.embedding.repository.ChunkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Picks the backend named by {@code embedding.index.backend}. */
public class VectorIndexProducer {

    @Produces
    @ApplicationScoped
    VectorIndex vectorIndex(EmbeddingConfig config, ChunkRepository chunks) {
        return switch (config.index().backend()) {
            case "local" -> new LocalVectorIndex(chunks);
            case "atlas" -> new AtlasVectorIndex(chunks.collection(), config.index().atlas().indexName(),
                    config.index().atlas().candidatesPerResult());
            default -> throw new IllegalStateException("embedding.index.backend must be local or atlas, not "
                    + config.index().backend());
        };
    }
}
