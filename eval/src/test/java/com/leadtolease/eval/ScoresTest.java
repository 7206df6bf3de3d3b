package com.leadtolease.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoresTest {

    @Test
    void medianOfOddAndEvenCountsAndNothing() {
        assertThat(Scores.median(List.of(9, 3, 5))).isEqualTo(5.0);
        assertThat(Scores.median(List.of(8, 2, 4, 6))).isEqualTo(5.0);
        assertThat(Scores.median(List.of())).isNull();
    }

    @Test
    void aWrongValueIsBothAFalsePositiveAndAFalseNegative() {
        Scores.FieldCounts counts = new Scores.FieldCounts();
        counts.add("1500", "1500"); // tp
        counts.add("1500", "1600"); // fp + fn
        counts.add(null, "900");    // fp
        counts.add("2000", null);   // fn
        counts.add(null, null);     // agreeing on nothing

        assertThat(counts.truePositives()).isEqualTo(1);
        assertThat(counts.falsePositives()).isEqualTo(2);
        assertThat(counts.falseNegatives()).isEqualTo(2);
        assertThat(counts.exact()).isEqualTo(2);
        assertThat(counts.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(counts.recall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(counts.f1()).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void f1IsTheHarmonicMeanAndNotApplicableWhenTheFieldNeverCameUp() {
        Scores.FieldCounts counts = new Scores.FieldCounts();
        for (int i = 0; i < 9; i++) {
            counts.add("a", "a");
        }
        counts.add(null, "b");
        counts.add("c", null);
        counts.add("d", null);
        // precision 9/10, recall 9/11
        assertThat(counts.f1()).isCloseTo(2 * 0.9 * (9 / 11.0) / (0.9 + 9 / 11.0), within(1e-9));

        Scores.FieldCounts never = new Scores.FieldCounts();
        never.add(null, null);
        assertThat(never.f1()).isNull();
        Scores.FieldCounts allMissed = new Scores.FieldCounts();
        allMissed.add("x", null);
        assertThat(allMissed.f1()).isZero();
    }
}
