package com.leadtolease.embedding.index;

import com.leadtolease.embedding.domain.EmbeddedChunk;
import com.leadtolease.embedding.repository.ChunkDocuments;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.SearchIndexModel;
import com.mongodb.client.model.SearchIndexType;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * MongoDB Atlas Vector Search over {@code message_embeddings}: the vector index (cosine, the model's dimensions,
 * filter fields) is created when missing; queries run the {@code $vectorSearch} pipeline of {@link AtlasQueries}.
 * Vectors need no extra work on write: Atlas indexes the collection itself.
 */
public class AtlasVectorIndex implements VectorIndex {

    private static final Logger LOG = Logger.getLogger(AtlasVectorIndex.class);

    private final MongoCollection<Document> collection;
    private final String indexPrefix;
    private final int candidatesPerResult;
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();

    public AtlasVectorIndex(MongoCollection<Document> collection, String indexPrefix, int candidatesPerResult) {
        this.collection = collection;
        this.indexPrefix = indexPrefix;
        this.candidatesPerResult = candidatesPerResult;
    }

    @Override
    public void prepare(String version, int dimensions) {
        String name = AtlasQueries.indexName(indexPrefix, dimensions);
        if (ensured.contains(name)) {
            return;
        }
        if (collection.listSearchIndexes().name(name).first() == null) {
            collection.createSearchIndexes(List.of(new SearchIndexModel(name, AtlasQueries.indexDefinition(dimensions),
                    SearchIndexType.vectorSearch())));
            LOG.infof("Created Atlas vector search index %s (%d dimensions, cosine)", name, dimensions);
        }
        ensured.add(name);
    }

    @Override
    public void upserted(String version, List<EmbeddedChunk> chunks) {
        // Atlas keeps its search index in step with the collection.
    }

    @Override
    public List<VectorHit> search(String version, float[] query, SearchFilter filter, int limit) {
        prepare(version, query.length);
        List<Document> pipeline = AtlasQueries.pipeline(AtlasQueries.indexName(indexPrefix, query.length), query,
                version, filter, limit, limit * candidatesPerResult);
        List<VectorHit> hits = new ArrayList<>();
        for (Document d : collection.aggregate(pipeline)) {
            hits.add(new VectorHit(d.getString(ChunkDocuments.ID),
                    AtlasQueries.cosineFromScore(((Number) d.get("score")).doubleValue())));
        }
        return hits;
    }
}
