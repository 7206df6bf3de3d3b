package com.leadtolease.embedding.repository;

import com.leadtolease.embedding.domain.Chunk;
import com.leadtolease.embedding.domain.EmbeddedChunk;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

/** Field names of {@code message_embeddings} and the mapping of its documents. */
public final class ChunkDocuments {

    public static final String ID = "_id";
    public static final String MESSAGE_ID = "messageId";
    public static final String CHUNK_INDEX = "chunkIndex";
    public static final String THREAD_ID = "threadId";
    public static final String TURN_INDEX = "turnIndex";
    public static final String ROLE = "role";
    public static final String STAGE = "stage";
    public static final String TIMESTAMP = "timestamp";
    public static final String TEXT = "text";
    public static final String EMBEDDING = "embedding";
    public static final String MODEL = "embedding_model";
    public static final String VERSION = "embedding_version";
    /**
     * The sub-document langchain4j's {@code MongoDbEmbeddingStore} filters on ({@code metadata.<key>}): the version,
     * role, stage and timestamp (epoch millis: langchain4j metadata holds no dates) again, absent keys left out.
     */
    public static final String METADATA = "metadata";
    /** The keys of {@link #METADATA}, every one a filter field of the Atlas vector index. */
    public static final Set<String> METADATA_KEYS = Set.of(VERSION, ROLE, STAGE, TIMESTAMP);

    private ChunkDocuments() {
    }

    public static Document toDocument(EmbeddedChunk embedded) {
        Chunk c = embedded.chunk();
        List<Double> vector = new ArrayList<>(embedded.embedding().length);
        for (float v : embedded.embedding()) {
            vector.add((double) v);
        }
        return new Document(ID, embedded.id())
                .append(MESSAGE_ID, c.messageId())
                .append(CHUNK_INDEX, c.chunkIndex())
                .append(THREAD_ID, c.threadId())
                .append(TURN_INDEX, c.turnIndex())
                .append(ROLE, c.role())
                .append(STAGE, c.stage())
                .append(TIMESTAMP, c.timestamp() == null ? null : Date.from(c.timestamp()))
                .append(TEXT, c.text())
                .append(EMBEDDING, vector)
                .append(MODEL, embedded.model())
                .append(VERSION, embedded.version())
                .append(METADATA, metadata(embedded));
    }

    static Document metadata(EmbeddedChunk embedded) {
        Chunk c = embedded.chunk();
        Document metadata = new Document(VERSION, embedded.version());
        if (c.role() != null) {
            metadata.append(ROLE, c.role());
        }
        if (c.stage() != null) {
            metadata.append(STAGE, c.stage());
        }
        if (c.timestamp() != null) {
            metadata.append(TIMESTAMP, c.timestamp().toEpochMilli());
        }
        return metadata;
    }

    public static Chunk toChunk(Document d) {
        Date timestamp = d.getDate(TIMESTAMP);
        return new Chunk(d.getString(MESSAGE_ID), intValue(d, CHUNK_INDEX), d.getString(THREAD_ID),
                intValue(d, TURN_INDEX), d.getString(ROLE), d.getString(STAGE),
                timestamp == null ? null : timestamp.toInstant(), d.getString(TEXT));
    }

    public static float[] vector(Document d) {
        List<?> values = d.getList(EMBEDDING, Object.class);
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = ((Number) values.get(i)).floatValue();
        }
        return vector;
    }

    private static int intValue(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.intValue() : 0;
    }
}
