package com.leadtolease.embedding.bench;

import com.leadtolease.embedding.index.FlatVectorStore;
import com.leadtolease.embedding.index.SearchFilter;
import com.leadtolease.embedding.index.VectorHit;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Local vector index benchmark (not a test): recall@10 against an exact double-precision scan, and p50/p99 query
 * latency, over N random-but-clustered vectors. Args: [vectors=100000] [dims=384] [queries=1000] [clusters=200].
 */
public final class VectorSearchBenchmark {

    private VectorSearchBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int dims = args.length > 1 ? Integer.parseInt(args[1]) : 384;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int clusters = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int k = 10;
        Random random = new Random(42);
        float[][] centroids = new float[clusters][dims];
        for (float[] c : centroids) {
            for (int d = 0; d < dims; d++) {
                c[d] = (float) random.nextGaussian();
            }
        }
        String[] roles = {"lead", "agent"};
        String[] stages = {"qualifying", "sending_list", "selecting_favorites", "touring", "applying", "approval",
                "post_close", "renewal"};
        FlatVectorStore store = new FlatVectorStore(dims, n);
        FlatVectorStore exactStore = new FlatVectorStore(dims, n, 0);
        float[][] unit = new float[n][];
        long loadStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            float[] v = around(centroids[random.nextInt(clusters)], 0.6, random);
            unit[i] = FlatVectorStore.normalized(v);
            store.put("id-" + i, v, roles[i % 2], stages[i % stages.length], 1_600_000_000_000L + i * 1000L);
            exactStore.put("id-" + i, v, roles[i % 2], stages[i % stages.length], 1_600_000_000_000L + i * 1000L);
        }
        System.out.printf("loaded %d vectors of %d dims (%d clusters) in %d ms%n", n, dims, clusters,
                (System.nanoTime() - loadStart) / 1_000_000);

        float[][] qs = new float[queries][];
        for (int q = 0; q < queries; q++) {
            qs[q] = around(centroids[random.nextInt(clusters)], 0.6, random);
        }
        for (FlatVectorStore s : List.of(exactStore, store)) {
            for (int w = 0; w < 200; w++) {
                s.search(qs[w % queries], SearchFilter.NONE, k);
            }
        }
        measure("exact float scan", exactStore, qs, unit, k);
        measure("int8 scan+rerank", store, qs, unit, k);

        SearchFilter filter = new SearchFilter("lead", "touring", null);
        long[] filtered = new long[queries];
        for (int q = 0; q < queries; q++) {
            long t = System.nanoTime();
            store.search(qs[q], filter, k);
            filtered[q] = System.nanoTime() - t;
        }
        report("int8 + role/stage filter", filtered, Double.NaN);
    }

    private static void measure(String label, FlatVectorStore store, float[][] qs, float[][] unit, int k) {
        long[] latencies = new long[qs.length];
        double recallSum = 0;
        for (int q = 0; q < qs.length; q++) {
            long t = System.nanoTime();
            List<VectorHit> hits = store.search(qs[q], SearchFilter.NONE, k);
            latencies[q] = System.nanoTime() - t;
            recallSum += recall(hits, exactTopK(unit, FlatVectorStore.normalized(qs[q]), k));
        }
        report(label, latencies, recallSum / qs.length);
    }

    private static float[] around(float[] centroid, double sigma, Random random) {
        float[] v = new float[centroid.length];
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) (centroid[d] + sigma * random.nextGaussian());
        }
        return v;
    }

    private static Set<String> exactTopK(float[][] unit, float[] q, int k) {
        double[] best = new double[k];
        int[] rows = new int[k];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < unit.length; i++) {
            double s = 0;
            float[] v = unit[i];
            for (int d = 0; d < v.length; d++) {
                s += (double) q[d] * v[d];
            }
            int worst = 0;
            for (int j = 1; j < k; j++) {
                if (best[j] < best[worst]) {
                    worst = j;
                }
            }
            if (s > best[worst]) {
                best[worst] = s;
                rows[worst] = i;
            }
        }
        Set<String> ids = new HashSet<>();
        for (int r : rows) {
            ids.add("id-" + r);
        }
        return ids;
    }

    private static double recall(List<VectorHit> hits, Set<String> exact) {
        long found = hits.stream().filter(h -> exact.contains(h.id())).count();
        return (double) found / exact.size();
    }

    private static void report(String label, long[] latencies, double recall) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        double p50 = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
        double max = sorted[sorted.length - 1] / 1e6;
        System.out.printf("%-26s queries=%d recall@10=%s p50=%.2f ms p99=%.2f ms max=%.2f ms%n", label,
                latencies.length, Double.isNaN(recall) ? "n/a" : String.format("%.4f", recall), p50, p99, max);
    }
}
