package com.leadtolease.devstack.bench;

import java.util.Arrays;

/** Durations recorded from many threads; percentiles by nearest rank (p99 of 100 samples is the 99th smallest). */
final class LatencySamples {
    private long[] nanos = new long[1024];
    private int size;

    synchronized void add(long value) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    synchronized int size() {
        return size;
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds; NaN when nothing was recorded. */
    synchronized double percentileMs(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(1, rank) - 1] / 1e6;
    }
}
