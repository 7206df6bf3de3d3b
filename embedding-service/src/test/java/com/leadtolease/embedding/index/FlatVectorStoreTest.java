package com.leadtolease.embedding.index;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FlatVectorStoreTest {

    @Test
    void quantizedScanWithRerankReturnsTheKMostSimilarBestFirstLikeASortOfAllCosines() {
        returnsTheKMostSimilar(new FlatVectorStore(16, 4));
    }

    @Test
    void exactScanReturnsTheKMostSimilarBestFirstLikeASortOfAllCosines() {
        returnsTheKMostSimilar(new FlatVectorStore(16, 4, 0));
    }

    private static void returnsTheKMostSimilar(FlatVectorStore store) {
        Random random = new Random(7);
        int dims = 16;
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            float[] v = new float[dims];
            for (int d = 0; d < dims; d++) {
                v[d] = (float) random.nextGaussian();
            }
            vectors.add(v);
            store.put("id-" + i, v, "lead", "touring", 0);
        }
        float[] query = vectors.get(42).clone();
        query[0] += 0.3f;
        List<VectorHit> hits = store.search(query, SearchFilter.NONE, 10);

        List<VectorHit> exact = new ArrayList<>();
        float[] q = FlatVectorStore.normalized(query);
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = FlatVectorStore.normalized(vectors.get(i));
            exact.add(new VectorHit("id-" + i, FlatVectorStore.dot(q, v, 0, dims)));
        }
        exact.sort(Comparator.comparingDouble(VectorHit::score).reversed());
        assertThat(hits).extracting(VectorHit::id).containsExactlyElementsOf(
                exact.subList(0, 10).stream().map(VectorHit::id).toList());
        assertThat(hits.get(0).id()).isEqualTo("id-42");
        assertThat(hits.get(0).score()).isLessThanOrEqualTo(1.0001).isGreaterThan(0.9);
    }

    @Test
    void filtersOnRoleStageAndTime() {
        FlatVectorStore store = new FlatVectorStore(2, 4);
        long t0 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        store.put("a", new float[]{1, 0}, "lead", "touring", t0);
        store.put("b", new float[]{1, 0.1f}, "agent", "touring", t0 + 1000);
        store.put("c", new float[]{1, 0.2f}, "lead", "applying", t0 + 2000);
        float[] q = {1, 0};
        assertThat(store.search(q, new SearchFilter("lead", null, null), 10)).extracting(VectorHit::id)
                .containsExactly("a", "c");
        assertThat(store.search(q, new SearchFilter(null, "touring", null), 10)).extracting(VectorHit::id)
                .containsExactly("a", "b");
        assertThat(store.search(q, new SearchFilter(null, null, Instant.ofEpochMilli(t0 + 1000)), 10))
                .extracting(VectorHit::id).containsExactly("b", "c");
    }

    @Test
    void putWithAKnownIdReplacesTheVector() {
        FlatVectorStore store = new FlatVectorStore(2, 1);
        store.put("a", new float[]{1, 0}, null, null, 0);
        store.put("b", new float[]{0, 1}, null, null, 0);
        store.put("a", new float[]{0, 3}, null, null, 0);
        assertThat(store.size()).isEqualTo(2);
        List<VectorHit> hits = store.search(new float[]{0, 1}, SearchFilter.NONE, 2);
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-6));
        assertThat(hits.get(1).score()).isCloseTo(1.0, within(1e-6));
    }
}
