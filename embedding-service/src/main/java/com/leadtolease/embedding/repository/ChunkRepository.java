package com.leadtolease.embedding.repository;

import com.leadtolease.embedding.domain.Chunk;
import com.leadtolease.embedding.domain.EmbeddedChunk;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The {@code message_embeddings} collection: one document per (version, message, chunk), id
 * {@code version:messageId:chunkIndex}, so writing a chunk again replaces it. The chunk text is kept, so a
 * re-embedding run needs nothing but this collection.
 */
@ApplicationScoped
public class ChunkRepository {

    public static final String COLLECTION = "message_embeddings";

    private final MongoCollection<Document> collection;

    public ChunkRepository(MongoClient client,
                           @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = client.getDatabase(database).getCollection(COLLECTION);
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    void createIndexes(@Observes @Priority(-20) StartupEvent startup) {
        collection.createIndex(Indexes.ascending(ChunkDocuments.VERSION, ChunkDocuments.THREAD_ID,
                ChunkDocuments.TURN_INDEX), new IndexOptions().name("version_thread_turn"));
        collection.createIndex(Indexes.ascending(ChunkDocuments.VERSION, ChunkDocuments.STAGE,
                ChunkDocuments.TIMESTAMP), new IndexOptions().name("version_stage_time"));
    }

    public void upsert(List<EmbeddedChunk> chunks) {
        if (chunks.isEmpty()) {
            return;
        }
        List<ReplaceOneModel<Document>> writes = chunks.stream()
                .map(c -> new ReplaceOneModel<>(Filters.eq(ChunkDocuments.ID, c.id()), ChunkDocuments.toDocument(c),
                        new ReplaceOptions().upsert(true)))
                .toList();
        collection.bulkWrite(writes);
    }

    /** Removes the thread's chunks of the version that are not among {@code keep} (a message got shorter). */
    public long deleteOthers(String version, String threadId, Collection<String> keep) {
        return deleteOthers(version, threadId, null, null, keep);
    }

    /**
     * The same, limited to the turns from {@code fromTurn} to {@code toTurn} (either null: open), the turns one part
     * of a thread sent in parts covers, so embedding a part leaves the other parts' chunks alone.
     */
    public long deleteOthers(String version, String threadId, Integer fromTurn, Integer toTurn,
                             Collection<String> keep) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq(ChunkDocuments.VERSION, version),
                Filters.eq(ChunkDocuments.THREAD_ID, threadId), Filters.nin(ChunkDocuments.ID, keep)));
        if (fromTurn != null) {
            filters.add(Filters.gte(ChunkDocuments.TURN_INDEX, fromTurn));
        }
        if (toTurn != null) {
            filters.add(Filters.lte(ChunkDocuments.TURN_INDEX, toTurn));
        }
        return collection.deleteMany(Filters.and(filters)).getDeletedCount();
    }

    /** Up to {@code limit} chunks (text, no vectors) of the version after the given id, in id order. */
    public List<Chunk> page(String version, String afterId, int limit) {
        Bson filter = afterId == null ? Filters.eq(ChunkDocuments.VERSION, version)
                : Filters.and(Filters.eq(ChunkDocuments.VERSION, version), Filters.gt(ChunkDocuments.ID, afterId));
        List<Chunk> page = new ArrayList<>();
        collection.find(filter).projection(Projections.exclude(ChunkDocuments.EMBEDDING))
                .sort(Sorts.ascending(ChunkDocuments.ID)).limit(limit)
                .forEach(d -> page.add(ChunkDocuments.toChunk(d)));
        return page;
    }

    /** Every chunk of the version with its vector (no text), for rebuilding an in-memory index. */
    public void forEachVector(String version, BiConsumer<String, Document> consumer) {
        collection.find(Filters.eq(ChunkDocuments.VERSION, version))
                .projection(Projections.exclude(ChunkDocuments.TEXT))
                .batchSize(2000)
                .forEach(d -> consumer.accept(d.getString(ChunkDocuments.ID), d));
    }

    /** The chunks (no vectors) with these ids, by id. */
    public Map<String, Chunk> findByIds(Collection<String> ids) {
        Map<String, Chunk> found = new LinkedHashMap<>();
        collection.find(Filters.in(ChunkDocuments.ID, ids)).projection(Projections.exclude(ChunkDocuments.EMBEDDING))
                .forEach(d -> found.put(d.getString(ChunkDocuments.ID), ChunkDocuments.toChunk(d)));
        return found;
    }

    /** The version's chunks of the given turns of one thread, by turn and chunk. */
    public List<Chunk> turns(String version, String threadId, Collection<Integer> turnIndexes) {
        List<Chunk> chunks = new ArrayList<>();
        collection.find(Filters.and(Filters.eq(ChunkDocuments.VERSION, version),
                        Filters.eq(ChunkDocuments.THREAD_ID, threadId), Filters.in(ChunkDocuments.TURN_INDEX, turnIndexes)))
                .projection(Projections.exclude(ChunkDocuments.EMBEDDING))
                .sort(Sorts.ascending(ChunkDocuments.TURN_INDEX, ChunkDocuments.CHUNK_INDEX))
                .forEach(d -> chunks.add(ChunkDocuments.toChunk(d)));
        return chunks;
    }

    /**
     * Gives the version's documents written before {@link ChunkDocuments#METADATA} existed that sub-document, from
     * their own fields (an update pipeline: real MongoDB only; the Atlas backend calls it). Returns how many.
     */
    public long addMissingMetadata(String version) {
        Document metadata = new Document(ChunkDocuments.VERSION, "$" + ChunkDocuments.VERSION)
                .append(ChunkDocuments.ROLE, orRemove("$" + ChunkDocuments.ROLE))
                .append(ChunkDocuments.STAGE, orRemove("$" + ChunkDocuments.STAGE))
                .append(ChunkDocuments.TIMESTAMP, orRemove(new Document("$toLong", "$" + ChunkDocuments.TIMESTAMP)));
        return collection.updateMany(Filters.and(Filters.eq(ChunkDocuments.VERSION, version),
                        Filters.exists(ChunkDocuments.METADATA, false)),
                List.of(new Document("$set", new Document(ChunkDocuments.METADATA, metadata)))).getModifiedCount();
    }

    private static Document orRemove(Object expression) {
        return new Document("$ifNull", List.of(expression, "$$REMOVE"));
    }

    public long count(String version) {
        return collection.countDocuments(Filters.eq(ChunkDocuments.VERSION, version));
    }

    public List<Document> findRaw(Bson filter) {
        return collection.find(filter).into(new ArrayList<>());
    }
}
