package com.leadtolease.embedding.index;

import com.leadtolease.embedding.config.EmbeddingConfig;
import com.leadtolease.embedding.repository.ChunkRepository;
import com.mongodb.client.MongoClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.Supplier;

/** Picks the backend named by {@code embedding.index.backend}. */
public class VectorIndexProducer {

    @Produces
    @ApplicationScoped
    VectorIndex vectorIndex(EmbeddingConfig config, ChunkRepository chunks, MongoClient client,
                            @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        EmbeddingConfig.Atlas atlas = config.index().atlas();
        return select(config.index().backend(), () -> new LocalVectorIndex(chunks), () -> new AtlasVectorIndex(
                new AtlasStores(client, database, chunks, atlas.indexName(), atlas.candidatesPerResult()),
                atlas.filteredOverfetch(), AtlasVectorIndex.MAX_RESULTS / Math.max(1, atlas.candidatesPerResult())));
    }

    static VectorIndex select(String backend, Supplier<VectorIndex> local, Supplier<VectorIndex> atlas) {
        return switch (backend) {
            case "local" -> local.get();
            case "atlas" -> atlas.get();
            default -> throw new IllegalStateException("embedding.index.backend must be local or atlas, not " + backend);
        };
    }
}
