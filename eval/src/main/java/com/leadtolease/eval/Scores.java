package com.leadtolease.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small statistics of the report: shares, medians and precision / recall / F1 from counts. */
public final class Scores {

    private Scores() {
    }

    /** {@code part / whole}, or null when there is nothing to divide (shown as n/a). */
    public static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** The median (mean of the two middle values for an even count), or null for no values. */
    public static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /**
     * Counts of one field: a true positive is a filled value equal to the label, a false positive a filled value
     * that is not, a false negative a labelled value not found (a wrong value is both a false positive and a false
     * negative). {@code exact} also counts agreeing on "nothing".
     */
    public static final class FieldCounts {
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;
        private int exact;
        private int total;

        /** One comparison of normalised values (null = not given / not found). */
        public void add(String expected, String actual) {
            total++;
            if (expected == null ? actual == null : expected.equals(actual)) {
                exact++;
                if (expected != null) {
                    truePositives++;
                }
                return;
            }
            if (actual != null) {
                falsePositives++;
            }
            if (expected != null) {
                falseNegatives++;
            }
        }

        public void addAll(FieldCounts other) {
            truePositives += other.truePositives;
            falsePositives += other.falsePositives;
            falseNegatives += other.falseNegatives;
            exact += other.exact;
            total += other.total;
        }

        public int truePositives() {
            return truePositives;
        }

        public int falsePositives() {
            return falsePositives;
        }

        public int falseNegatives() {
            return falseNegatives;
        }

        public int exact() {
            return exact;
        }

        public int total() {
            return total;
        }

        public Double precision() {
            return share(truePositives, truePositives + falsePositives);
        }

        public Double recall() {
            return share(truePositives, truePositives + falseNegatives);
        }

        /** Harmonic mean of precision and recall; 0 when either is 0, null when the field never came up. */
        public Double f1() {
            Double p = precision();
            Double r = recall();
            if (p == null && r == null) {
                return null;
            }
            double precision = p == null ? 0 : p;
            double recall = r == null ? 0 : r;
            return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        }
    }
}
