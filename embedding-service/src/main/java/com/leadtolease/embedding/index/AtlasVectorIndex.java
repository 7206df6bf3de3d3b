package com.leadtolease.embedding.index;

import com.leadtolease.embedding.domain.EmbeddedChunk;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * MongoDB Atlas Vector Search over {@code message_embeddings} through langchain4j's {@code MongoDbEmbeddingStore}
 * (see {@link AtlasStores}): one store per version, whose {@code $vectorSearch} pre-filters on the version; role,
 * stage and since go in as a langchain4j {@link Filter}, which the store applies after the vector search, so a
 * filtered search asks for {@code filteredOverfetch} times as many results and keeps the best {@code limit}.
 * Writes need nothing here: {@code ChunkRepository} upserts each chunk by its id with the metadata the store
 * filters on, and Atlas indexes the collection itself.
 */
public class AtlasVectorIndex implements VectorIndex {

    /** Atlas refuses a {@code $vectorSearch} limit above this. */
    static final int MAX_RESULTS = 10_000;

    /** Opens the store serving one version's vectors of one dimension, creating its vector index when missing. */
    @FunctionalInterface
    public interface StoreFactory {
        EmbeddingStore<TextSegment> open(String version, int dimensions);
    }

    private record StoreKey(String version, int dimensions) {
    }

    private final StoreFactory factory;
    private final int filteredOverfetch;
    private final int maxResults;
    private final Map<StoreKey, EmbeddingStore<TextSegment>> stores = new ConcurrentHashMap<>();

    /** @param maxResults the largest limit a search may ask for (Atlas: numCandidates = limit × ratio ≤ 10 000) */
    public AtlasVectorIndex(StoreFactory factory, int filteredOverfetch, int maxResults) {
        this.factory = factory;
        this.filteredOverfetch = Math.max(1, filteredOverfetch);
        this.maxResults = Math.max(1, Math.min(maxResults, MAX_RESULTS));
    }

    @Override
    public void prepare(String version, int dimensions) {
        store(version, dimensions);
    }

    @Override
    public void upserted(String version, List<EmbeddedChunk> chunks) {
        // Atlas keeps its search index in step with the collection.
    }

    @Override
    public List<VectorHit> search(String version, float[] query, SearchFilter filter, int limit) {
        Filter metadataFilter = AtlasFilters.of(filter);
        int requested = Math.min(metadataFilter == null ? limit : limit * filteredOverfetch, maxResults);
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(query))
                .maxResults(requested)
                .filter(metadataFilter)
                .build();
        return store(version, query.length).search(request).matches().stream()
                .limit(limit)
                .map(match -> new VectorHit(match.embeddingId(), cosineFromScore(match.score())))
                .toList();
    }

    private EmbeddingStore<TextSegment> store(String version, int dimensions) {
        return stores.computeIfAbsent(new StoreKey(version, dimensions), key -> factory.open(version, dimensions));
    }

    /** Atlas reports cosine as (1 + cos) / 2; search ranks on the cosine itself. */
    static double cosineFromScore(double atlasScore) {
        return 2 * atlasScore - 1;
    }
}
