package com.leadtolease.embedding.index;

import com.leadtolease.embedding.repository.ChunkDocuments;
import com.leadtolease.embedding.repository.ChunkRepository;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.mongodb.IndexMapping;
import dev.langchain4j.store.embedding.mongodb.MongoDbEmbeddingStore;
import org.jboss.logging.Logger;

/**
 * Opens langchain4j {@link MongoDbEmbeddingStore}s over {@code message_embeddings}: one vector search index per
 * dimension (cosine over {@code embedding}, filter fields {@code metadata.*}), created when missing, and a
 * {@code $vectorSearch} pre-filter on the version.
 */
public class AtlasStores implements AtlasVectorIndex.StoreFactory {

    private static final Logger LOG = Logger.getLogger(AtlasStores.class);

    private final MongoClient client;
    private final String database;
    private final ChunkRepository chunks;
    private final String indexPrefix;
    private final long candidatesPerResult;

    public AtlasStores(MongoClient client, String database, ChunkRepository chunks, String indexPrefix,
                       int candidatesPerResult) {
        this.client = client;
        this.database = database;
        this.chunks = chunks;
        this.indexPrefix = indexPrefix;
        this.candidatesPerResult = candidatesPerResult;
    }

    /** One index per dimension, since an Atlas vector field has a fixed number of dimensions. */
    static String indexName(String prefix, int dimensions) {
        return prefix + "_" + dimensions;
    }

    static IndexMapping indexMapping(int dimensions) {
        return IndexMapping.builder().dimension(dimensions).metadataFieldNames(ChunkDocuments.METADATA_KEYS).build();
    }

    @Override
    public EmbeddingStore<TextSegment> open(String version, int dimensions) {
        long completed = chunks.addMissingMetadata(version);
        if (completed > 0) {
            LOG.infof("Added the search metadata to %d vectors of version %s written before it existed", completed,
                    version);
        }
        return MongoDbEmbeddingStore.builder()
                .fromClient(client)
                .databaseName(database)
                .collectionName(ChunkRepository.COLLECTION)
                .indexName(indexName(indexPrefix, dimensions))
                .indexMapping(indexMapping(dimensions))
                .createIndex(true)
                .maxResultRatio(candidatesPerResult)
                .filter(Filters.eq(ChunkDocuments.METADATA + "." + ChunkDocuments.VERSION, version))
                .build();
    }
}
