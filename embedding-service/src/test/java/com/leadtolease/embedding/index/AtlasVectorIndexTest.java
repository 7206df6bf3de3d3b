package com.leadtolease.embedding.index;

import com.leadtolease.embedding.domain.Chunk;
import com.leadtolease.embedding.domain.EmbeddedChunk;
import com.leadtolease.embedding.repository.ChunkDocuments;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The Atlas backend against a recording langchain4j {@link EmbeddingStore} (Atlas itself runs in
 * EmbeddingContainersTest): which store serves a version, what each search asks of it, and how the answer maps.
 */
class AtlasVectorIndexTest {

    private static final Instant MAY = Instant.parse("2025-05-01T10:00:00Z");

    @Test
    void oneStorePerVersionAndDimensionOpenedOnceAndPrepareOpensIt() {
        List<String> opened = new ArrayList<>();
        AtlasVectorIndex index = new AtlasVectorIndex((version, dims) -> {
            opened.add(version + "/" + dims);
            return new RecordingStore(List.of());
        }, 5, 500);

        index.prepare("v1", 3);
        index.search("v1", new float[]{1, 0, 0}, SearchFilter.NONE, 2);
        index.search("v2", new float[]{1, 0, 0, 0}, SearchFilter.NONE, 2);
        index.search("v2", new float[]{0, 1, 0, 0}, SearchFilter.NONE, 2);

        assertThat(opened).containsExactly("v1/3", "v2/4");
    }

    @Test
    void unfilteredSearchAsksForTheLimitWithoutFilterAndMapsIdsAndCosine() {
        RecordingStore store = new RecordingStore(List.of(match("v1:m1:0", 1.0), match("v1:m2:0", 0.75)));
        AtlasVectorIndex index = new AtlasVectorIndex((version, dims) -> store, 5, 500);

        List<VectorHit> hits = index.search("v1", new float[]{0.5f, 0.25f, 1f}, SearchFilter.NONE, 2);

        EmbeddingSearchRequest request = store.requests.get(0);
        assertThat(request.maxResults()).isEqualTo(2);
        assertThat(request.filter()).isNull();
        assertThat(request.minScore()).isZero();
        assertThat(request.queryEmbedding().vector()).containsExactly(0.5f, 0.25f, 1f);
        assertThat(hits).extracting(VectorHit::id).containsExactly("v1:m1:0", "v1:m2:0");
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-9));
        assertThat(hits.get(1).score()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void filteredSearchOverfetchesWithTheMetadataFilterAndKeepsTheLimit() {
        RecordingStore store = new RecordingStore(List.of(match("a", 0.9), match("b", 0.8), match("c", 0.7)));
        AtlasVectorIndex index = new AtlasVectorIndex((version, dims) -> store, 5, 500);

        List<VectorHit> hits = index.search("v1", new float[]{1, 0}, new SearchFilter("lead", "touring", MAY), 2);

        EmbeddingSearchRequest request = store.requests.get(0);
        assertThat(request.maxResults()).isEqualTo(10);
        Filter filter = request.filter();
        assertThat(filter.test(metadata("lead", "touring", MAY))).isTrue();
        assertThat(filter.test(metadata("agent", "touring", MAY))).isFalse();
        assertThat(filter.test(metadata("lead", "applied", MAY))).isFalse();
        assertThat(filter.test(metadata("lead", "touring", MAY.minusSeconds(1)))).isFalse();
        assertThat(hits).extracting(VectorHit::id).containsExactly("a", "b");
    }

    @Test
    void overfetchStaysUnderTheLargestLimitAtlasTakes() {
        RecordingStore store = new RecordingStore(List.of());
        AtlasVectorIndex index = new AtlasVectorIndex((version, dims) -> store, 5, 500);

        index.search("v1", new float[]{1}, new SearchFilter("lead", null, null), 200);

        assertThat(store.requests.get(0).maxResults()).isEqualTo(500);
    }

    @Test
    void writesAreLeftToTheCollection() {
        RecordingStore store = new RecordingStore(List.of());
        AtlasVectorIndex index = new AtlasVectorIndex((version, dims) -> store, 5, 500);

        index.upserted("v1", List.of(chunk("lead", "touring", MAY)));

        assertThat(store.requests).isEmpty();
        assertThat(store.writes).isZero();
    }

    @Test
    void indexMappingIsTheModelDimensionsWithEveryMetadataKeyAsFilterField() {
        assertThat(AtlasStores.indexMapping(384).getDimension()).isEqualTo(384);
        assertThat(AtlasStores.indexMapping(384).getMetadataFieldNames())
                .containsExactlyInAnyOrder("embedding_version", "role", "stage", "timestamp");
        assertThat(AtlasStores.indexName("message_embeddings_vector", 3072)).isEqualTo("message_embeddings_vector_3072");
    }

    @Test
    void backendIsLocalOrAtlasAndNothingElse() {
        VectorIndex local = new LocalVectorIndex(null);
        VectorIndex atlas = new AtlasVectorIndex((v, d) -> new RecordingStore(List.of()), 1, 1);
        assertThat(VectorIndexProducer.select("local", () -> local, () -> atlas)).isSameAs(local);
        assertThat(VectorIndexProducer.select("atlas", () -> local, () -> atlas)).isSameAs(atlas);
        assertThatThrownBy(() -> VectorIndexProducer.select("elastic", () -> local, () -> atlas))
                .hasMessageContaining("local or atlas");
    }

    /** The filter runs on what ChunkDocuments writes as {@code metadata}, as Atlas would see it. */
    private static Metadata metadata(String role, String stage, Instant at) {
        Document metadata = ChunkDocuments.toDocument(chunk(role, stage, at)).get(ChunkDocuments.METADATA,
                Document.class);
        return Metadata.from(metadata);
    }

    static EmbeddedChunk chunk(String role, String stage, Instant at) {
        return new EmbeddedChunk(new Chunk("m1", 0, "t1", 2, role, stage, at, "hello"), new float[]{1, 0},
                "minilm", "v1");
    }

    private static EmbeddingMatch<TextSegment> match(String id, double atlasScore) {
        return new EmbeddingMatch<>(atlasScore, id, null, null);
    }

    /** Answers every search with the same matches and records what it was asked. */
    static final class RecordingStore implements EmbeddingStore<TextSegment> {
        final List<EmbeddingSearchRequest> requests = new ArrayList<>();
        final List<EmbeddingMatch<TextSegment>> answer;
        int writes;

        RecordingStore(List<EmbeddingMatch<TextSegment>> answer) {
            this.answer = answer;
        }

        @Override
        public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
            requests.add(request);
            return new EmbeddingSearchResult<>(answer);
        }

        @Override
        public String add(Embedding embedding) {
            writes++;
            return "x";
        }

        @Override
        public void add(String id, Embedding embedding) {
            writes++;
        }

        @Override
        public String add(Embedding embedding, TextSegment segment) {
            writes++;
            return "x";
        }

        @Override
        public List<String> addAll(List<Embedding> embeddings) {
            writes++;
            return List.of();
        }

        @Override
        public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
            writes++;
        }
    }
}
