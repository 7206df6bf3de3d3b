package com.leadtolease.embedding.repository;

import com.leadtolease.embedding.domain.Chunk;
import com.leadtolease.embedding.domain.EmbeddedChunk;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkDocumentsTest {

    @Test
    void metadataRepeatsTheFilterFieldsWithTheTimestampInMillis() {
        Instant at = Instant.parse("2025-05-01T10:00:00Z");
        Document document = ChunkDocuments.toDocument(new EmbeddedChunk(
                new Chunk("m1", 1, "t1", 3, "lead", "touring", at, "two bedrooms please"), new float[]{0.5f, 1f},
                "minilm", "v2"));

        assertThat(document.getString("_id")).isEqualTo("v2:m1:1");
        assertThat(document.get("metadata", Document.class)).isEqualTo(new Document("embedding_version", "v2")
                .append("role", "lead").append("stage", "touring").append("timestamp", at.toEpochMilli()));
        assertThat(document.getString("text")).isEqualTo("two bedrooms please");
        assertThat(document.getList("embedding", Double.class)).containsExactly(0.5, 1.0);
    }

    @Test
    void absentAttributesAreLeftOutOfTheMetadata() {
        Document document = ChunkDocuments.toDocument(new EmbeddedChunk(
                new Chunk("m1", 0, "t1", 0, null, null, null, "hi"), new float[]{1f}, "minilm", "v1"));

        assertThat(document.get("metadata", Document.class)).isEqualTo(new Document("embedding_version", "v1"));
    }
}
