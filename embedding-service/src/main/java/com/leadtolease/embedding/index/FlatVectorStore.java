package com.leadtolease.embedding.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Nearest-neighbour search by a full scan over contiguous arrays: unit-length vectors as {@code float[]}, plus an
 * 8-bit quantized copy (one scale per vector, held in an {@code int[]} because the JIT vectorizes integer dot
 * products but not float reductions: about twice as fast). The scan keeps the best {@code max(k × rerank, 64)}
 * candidates by quantized score in a bounded min-heap; those are re-scored exactly by float dot product (= cosine)
 * and the best {@code k} returned. With {@code rerank = 0} the scan is exact over the floats.
 * Thread-safe: searches share a read lock, writes take the write lock.
 */
public class FlatVectorStore {

    /** Candidates re-scored exactly per requested result. */
    public static final int DEFAULT_RERANK = 8;
    private static final int MIN_CANDIDATES = 64;

    private final int dimensions;
    private final int rerank;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> rowOf = new HashMap<>();
    private float[] data;
    private int[] codes;
    private float[] scales;
    private String[] ids;
    private String[] roles;
    private String[] stages;
    private long[] times;
    private int size;

    public FlatVectorStore(int dimensions, int initialCapacity) {
        this(dimensions, initialCapacity, DEFAULT_RERANK);
    }

    public FlatVectorStore(int dimensions, int initialCapacity, int rerank) {
        this.dimensions = dimensions;
        this.rerank = rerank;
        int capacity = Math.max(16, initialCapacity);
        data = new float[capacity * dimensions];
        codes = new int[capacity * dimensions];
        scales = new float[capacity];
        ids = new String[capacity];
        roles = new String[capacity];
        stages = new String[capacity];
        times = new long[capacity];
    }

    public int dimensions() {
        return dimensions;
    }

    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds the vector, or replaces the one stored under the same id. */
    public void put(String id, float[] vector, String role, String stage, long timestampMillis) {
        if (vector.length != dimensions) {
            throw new IllegalArgumentException("expected " + dimensions + " dimensions, got " + vector.length);
        }
        float[] unit = normalized(vector);
        lock.writeLock().lock();
        try {
            Integer row = rowOf.get(id);
            if (row == null) {
                ensureCapacity(size + 1);
                row = size++;
                rowOf.put(id, row);
            }
            System.arraycopy(unit, 0, data, row * dimensions, dimensions);
            scales[row] = quantize(unit, codes, row * dimensions);
            ids[row] = id;
            roles[row] = role == null ? null : role.intern();
            stages[row] = stage == null ? null : stage.intern();
            times[row] = timestampMillis;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The {@code k} best matches passing the filter, best first. */
    public List<VectorHit> search(float[] query, SearchFilter filter, int k) {
        if (query.length != dimensions) {
            throw new IllegalArgumentException("expected a query of " + dimensions + " dimensions, got " + query.length);
        }
        float[] q = normalized(query);
        boolean filtered = filter != null && (filter.role() != null || filter.stage() != null || filter.since() != null);
        lock.readLock().lock();
        try {
            return rerank <= 0 ? exactScan(q, filtered ? filter : null, k) : quantizedScan(q, filtered ? filter : null, k);
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<VectorHit> exactScan(float[] q, SearchFilter filter, int k) {
        return exactScan(q, filter, k, 0, size).sortedHits(ids);
    }

    private TopK exactScan(float[] q, SearchFilter filter, int k, int from, int to) {
        TopK top = new TopK(k);
        for (int row = from; row < to; row++) {
            if (filter != null && !filter.matches(roles[row], stages[row], times[row])) {
                continue;
            }
            float score = dot(q, data, row * dimensions, dimensions);
            if (top.accepts(score)) {
                top.add(score, row);
            }
        }
        return top;
    }

    private List<VectorHit> quantizedScan(float[] q, SearchFilter filter, int k) {
        int[] qCodes = new int[dimensions];
        float qScale = quantize(q, qCodes, 0);
        TopK candidates = new TopK(Math.max(k * rerank, MIN_CANDIDATES));
        for (int row = 0; row < size; row++) {
            if (filter != null && !filter.matches(roles[row], stages[row], times[row])) {
                continue;
            }
            float approx = dotCodes(qCodes, codes, row * dimensions, dimensions) * scales[row];
            if (candidates.accepts(approx)) {
                candidates.add(approx, row);
            }
        }
        TopK top = new TopK(k);
        for (int i = 0; i < candidates.size(); i++) {
            int row = candidates.row(i);
            float score = dot(q, data, row * dimensions, dimensions);
            if (top.accepts(score)) {
                top.add(score, row);
            }
        }
        return top.sortedHits(ids);
    }

    /** Symmetric 8-bit codes of {@code vector} into {@code target} at {@code offset}; returns the scale. */
    static float quantize(float[] vector, int[] target, int offset) {
        float max = 0;
        for (float v : vector) {
            max = Math.max(max, Math.abs(v));
        }
        if (max == 0) {
            return 0;
        }
        float factor = 127 / max;
        for (int i = 0; i < vector.length; i++) {
            target[offset + i] = Math.round(vector[i] * factor);
        }
        return max / 127;
    }

    /** Integer dot product: a plain loop the JIT turns into SIMD, unlike a float reduction. */
    static int dotCodes(int[] q, int[] codes, int offset, int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += q[i] * codes[offset + i];
        }
        return sum;
    }

    static float dot(float[] q, float[] data, int offset, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int i = 0;
        for (; i + 7 < n; i += 8) {
            int o = offset + i;
            s0 += q[i] * data[o];
            s1 += q[i + 1] * data[o + 1];
            s2 += q[i + 2] * data[o + 2];
            s3 += q[i + 3] * data[o + 3];
            s4 += q[i + 4] * data[o + 4];
            s5 += q[i + 5] * data[o + 5];
            s6 += q[i + 6] * data[o + 6];
            s7 += q[i + 7] * data[o + 7];
        }
        for (; i < n; i++) {
            s0 += q[i] * data[offset + i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    public static float[] normalized(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        float[] unit = vector.clone();
        if (sum == 0) {
            return unit;
        }
        float inverse = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < unit.length; i++) {
            unit[i] *= inverse;
        }
        return unit;
    }

    private void ensureCapacity(int needed) {
        if (needed <= ids.length) {
            return;
        }
        int capacity = Math.max(needed, ids.length + (ids.length >> 1));
        data = java.util.Arrays.copyOf(data, capacity * dimensions);
        codes = java.util.Arrays.copyOf(codes, capacity * dimensions);
        scales = java.util.Arrays.copyOf(scales, capacity);
        ids = java.util.Arrays.copyOf(ids, capacity);
        roles = java.util.Arrays.copyOf(roles, capacity);
        stages = java.util.Arrays.copyOf(stages, capacity);
        times = java.util.Arrays.copyOf(times, capacity);
    }
}
