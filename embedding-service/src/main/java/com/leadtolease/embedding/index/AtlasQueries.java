package com.leadtolease.embedding.index;

import com.leadtolease.embedding.repository.ChunkDocuments;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** What the Atlas backend sends: the vector search index definition and the {@code $vectorSearch} pipeline. */
public final class AtlasQueries {

    private AtlasQueries() {
    }

    /** One index per dimension, since an Atlas vector field has a fixed number of dimensions. */
    public static String indexName(String prefix, int dimensions) {
        return prefix + "_" + dimensions;
    }

    /** Cosine similarity over {@code embedding}, with the fields search filters on. */
    public static Document indexDefinition(int dimensions) {
        List<Document> fields = new ArrayList<>();
        fields.add(new Document("type", "vector").append("path", ChunkDocuments.EMBEDDING)
                .append("numDimensions", dimensions).append("similarity", "cosine"));
        for (String path : List.of(ChunkDocuments.VERSION, ChunkDocuments.ROLE, ChunkDocuments.STAGE,
                ChunkDocuments.TIMESTAMP)) {
            fields.add(new Document("type", "filter").append("path", path));
        }
        return new Document("fields", fields);
    }

    /** {@code $vectorSearch} restricted to the version and the filter, then the id and score of each hit. */
    public static List<Document> pipeline(String indexName, float[] query, String version, SearchFilter filter,
                                          int limit, int numCandidates) {
        List<Double> vector = new ArrayList<>(query.length);
        for (float v : query) {
            vector.add((double) v);
        }
        Document vectorSearch = new Document("index", indexName)
                .append("path", ChunkDocuments.EMBEDDING)
                .append("queryVector", vector)
                .append("numCandidates", Math.max(numCandidates, limit))
                .append("limit", limit)
                .append("filter", filter(version, filter));
        Document project = new Document(ChunkDocuments.ID, 1)
                .append("score", new Document("$meta", "vectorSearchScore"));
        return List.of(new Document("$vectorSearch", vectorSearch), new Document("$project", project));
    }

    static Document filter(String version, SearchFilter filter) {
        List<Document> clauses = new ArrayList<>();
        clauses.add(new Document(ChunkDocuments.VERSION, new Document("$eq", version)));
        if (filter.role() != null) {
            clauses.add(new Document(ChunkDocuments.ROLE, new Document("$eq", filter.role())));
        }
        if (filter.stage() != null) {
            clauses.add(new Document(ChunkDocuments.STAGE, new Document("$eq", filter.stage())));
        }
        if (filter.since() != null) {
            clauses.add(new Document(ChunkDocuments.TIMESTAMP, new Document("$gte", Date.from(filter.since()))));
        }
        return clauses.size() == 1 ? clauses.get(0) : new Document("$and", clauses);
    }

    /** Atlas reports cosine as (1 + cos) / 2; search ranks on the cosine itself. */
    public static double cosineFromScore(double atlasScore) {
        return 2 * atlasScore - 1;
    }
}
