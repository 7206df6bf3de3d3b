package com.leadtolease.embedding.index;

import java.util.ArrayList;
import java.util.List;

/** A bounded min-heap of (score, row): the root is the worst of the best k seen so far. */
final class TopK {
    private final float[] scores;
    private final int[] rows;
    private int size;

    TopK(int k) {
        scores = new float[Math.max(1, k)];
        rows = new int[Math.max(1, k)];
    }

    int size() {
        return size;
    }

    /** The row of the {@code i}-th entry, in heap order. */
    int row(int i) {
        return rows[i];
    }

    boolean accepts(float score) {
        return size < scores.length || score > scores[0];
    }

    void add(float score, int row) {
        if (size < scores.length) {
            int i = size++;
            scores[i] = score;
            rows[i] = row;
            siftUp(i);
        } else {
            scores[0] = score;
            rows[0] = row;
            siftDown(0);
        }
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >> 1;
            if (scores[parent] <= scores[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            int smallest = i;
            if (left < size && scores[left] < scores[smallest]) {
                smallest = left;
            }
            if (left + 1 < size && scores[left + 1] < scores[smallest]) {
                smallest = left + 1;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        float s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        int r = rows[a];
        rows[a] = rows[b];
        rows[b] = r;
    }

    List<VectorHit> sortedHits(String[] ids) {
        List<VectorHit> hits = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            hits.add(new VectorHit(ids[rows[i]], scores[i]));
        }
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits;
    }
}
