package com.leadtolease.embedding.index;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.SearchIndexModel;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What the Atlas backend sends to MongoDB, checked on a fake collection (mongo-java-server has no Atlas Search). */
class AtlasVectorIndexTest {

    @Test
    void indexDefinitionIsCosineOverTheModelDimensionsWithTheFilterFields() {
        Document definition = AtlasQueries.indexDefinition(384);
        assertThat(definition.toJson()).isEqualTo(Document.parse("""
                {"fields": [
                  {"type": "vector", "path": "embedding", "numDimensions": 384, "similarity": "cosine"},
                  {"type": "filter", "path": "embedding_version"},
                  {"type": "filter", "path": "role"},
                  {"type": "filter", "path": "stage"},
                  {"type": "filter", "path": "timestamp"}]}""").toJson());
    }

    @Test
    void pipelineIsVectorSearchWithVersionAndFiltersThenIdAndScore() {
        Instant since = Instant.parse("2024-01-01T00:00:00Z");
        List<Document> pipeline = AtlasQueries.pipeline("idx_3", new float[]{0.5f, 0.25f, 1f}, "v2",
                new SearchFilter("lead", "touring", since), 5, 100);
        assertThat(pipeline).hasSize(2);
        Document search = pipeline.get(0).get("$vectorSearch", Document.class);
        assertThat(search.getString("index")).isEqualTo("idx_3");
        assertThat(search.getString("path")).isEqualTo("embedding");
        assertThat(search.getList("queryVector", Double.class)).containsExactly(0.5, 0.25, 1.0);
        assertThat(search.getInteger("numCandidates")).isEqualTo(100);
        assertThat(search.getInteger("limit")).isEqualTo(5);
        assertThat(search.get("filter", Document.class)).isEqualTo(new Document("$and", List.of(
                new Document("embedding_version", new Document("$eq", "v2")),
                new Document("role", new Document("$eq", "lead")),
                new Document("stage", new Document("$eq", "touring")),
                new Document("timestamp", new Document("$gte", Date.from(since))))));
        assertThat(pipeline.get(1)).isEqualTo(new Document("$project",
                new Document("_id", 1).append("score", new Document("$meta", "vectorSearchScore"))));
    }

    @Test
    void withoutFiltersOnlyTheVersionIsFiltered() {
        Document search = AtlasQueries.pipeline("i", new float[]{1}, "v1", SearchFilter.NONE, 3, 1)
                .get(0).get("$vectorSearch", Document.class);
        assertThat(search.get("filter", Document.class))
                .isEqualTo(new Document("embedding_version", new Document("$eq", "v1")));
        assertThat(search.getInteger("numCandidates")).isEqualTo(3);
    }

    @Test
    void createsTheIndexOnceWhenMissingAndMapsScoresBackToCosine() {
        FakeCollection fake = new FakeCollection();
        fake.aggregateResult = List.of(new Document("_id", "v1:m1:0").append("score", 0.9),
                new Document("_id", "v1:m2:0").append("score", 0.5));
        AtlasVectorIndex index = new AtlasVectorIndex(fake.proxy(), "message_embeddings_vector", 20);

        List<VectorHit> hits = index.search("v1", new float[]{1, 0, 0}, SearchFilter.NONE, 2);
        index.search("v1", new float[]{1, 0, 0}, SearchFilter.NONE, 2);

        assertThat(fake.createdIndexes).hasSize(1);
        SearchIndexModel created = fake.createdIndexes.get(0);
        assertThat(created.getName()).isEqualTo("message_embeddings_vector_3");
        assertThat(created.getType()).isNotNull();
        assertThat(((Document) created.getDefinition()).toJson()).contains("\"numDimensions\": 3", "\"cosine\"");
        assertThat(fake.pipelines).hasSize(2);
        assertThat(fake.pipelines.get(0).get(0).get("$vectorSearch", Document.class).getInteger("numCandidates"))
                .isEqualTo(40);
        assertThat(hits).extracting(VectorHit::id).containsExactly("v1:m1:0", "v1:m2:0");
        assertThat(hits.get(0).score()).isCloseTo(0.8, within(1e-9));
        assertThat(hits.get(1).score()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void anExistingIndexIsNotCreatedAgain() {
        FakeCollection fake = new FakeCollection();
        fake.existingIndex = new Document("name", "p_3");
        new AtlasVectorIndex(fake.proxy(), "p", 20).prepare("v1", 3);
        assertThat(fake.createdIndexes).isEmpty();
        assertThat(fake.listedNames).containsExactly("p_3");
    }

    /** Just the MongoCollection calls the Atlas backend makes, recorded. */
    static final class FakeCollection {
        final List<SearchIndexModel> createdIndexes = new ArrayList<>();
        final List<List<Document>> pipelines = new ArrayList<>();
        final List<String> listedNames = new ArrayList<>();
        Document existingIndex;
        List<Document> aggregateResult = List.of();

        @SuppressWarnings("unchecked")
        MongoCollection<Document> proxy() {
            return (MongoCollection<Document>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{MongoCollection.class}, (p, method, args) -> switch (method.getName()) {
                        case "listSearchIndexes" -> iterable(com.mongodb.client.ListSearchIndexesIterable.class,
                                existingIndex == null ? List.of() : List.of(existingIndex));
                        case "createSearchIndexes" -> {
                            createdIndexes.addAll((List<SearchIndexModel>) args[0]);
                            yield List.of();
                        }
                        case "aggregate" -> {
                            pipelines.add((List<Document>) args[0]);
                            yield iterable(com.mongodb.client.AggregateIterable.class, aggregateResult);
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private Object iterable(Class<?> type, List<Document> documents) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{type}, (p, method, args) ->
                    switch (method.getName()) {
                        case "name" -> {
                            listedNames.add((String) args[0]);
                            yield p;
                        }
                        case "first" -> documents.isEmpty() ? null : documents.get(0);
                        case "iterator", "cursor" -> cursor(documents.iterator());
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private Object cursor(Iterator<Document> iterator) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{com.mongodb.client.MongoCursor.class},
                    (p, method, args) -> switch (method.getName()) {
                        case "hasNext" -> iterator.hasNext();
                        case "next" -> iterator.next();
                        case "close" -> null;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
