package com.leadtolease.devstack.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nearest-rank percentiles over samples recorded in any order. */
class LatencySamplesTest {

    private static LatencySamples millis(int... values) {
        LatencySamples samples = new LatencySamples();
        for (int value : values) {
            samples.add(value * 1_000_000L);
        }
        return samples;
    }

    @Test
    void nearestRankOverOneToAHundred() {
        LatencySamples samples = new LatencySamples();
        for (int ms = 100; ms >= 1; ms--) {
            samples.add(ms * 1_000_000L);
        }
        assertThat(samples.size()).isEqualTo(100);
        assertThat(samples.percentileMs(50)).isEqualTo(50.0);
        assertThat(samples.percentileMs(95)).isEqualTo(95.0);
        assertThat(samples.percentileMs(99)).isEqualTo(99.0);
        assertThat(samples.percentileMs(100)).isEqualTo(100.0);
    }

    @Test
    void fewSamplesRoundTheRankUp() {
        LatencySamples samples = millis(30, 10, 20);
        assertThat(samples.percentileMs(50)).as("rank ceil(1.5) = 2").isEqualTo(20.0);
        assertThat(samples.percentileMs(99)).isEqualTo(30.0);
        assertThat(samples.percentileMs(1)).isEqualTo(10.0);
        assertThat(millis(7).percentileMs(50)).isEqualTo(7.0);
    }

    @Test
    void oneSlowTurnInAThousandIsNotTheP99ButIsTheMax() {
        int[] values = new int[1000];
        java.util.Arrays.fill(values, 5);
        values[500] = 900;
        LatencySamples samples = millis(values);
        assertThat(samples.percentileMs(99)).isEqualTo(5.0);
        assertThat(samples.percentileMs(100)).isEqualTo(900.0);
    }

    @Test
    void growsPastItsFirstArrayAndAnswersNaNWhenEmpty() {
        LatencySamples samples = new LatencySamples();
        assertThat(samples.percentileMs(50)).isNaN();
        for (int i = 1; i <= 5000; i++) {
            samples.add(i * 1_000_000L);
        }
        assertThat(samples.percentileMs(50)).isEqualTo(2500.0);
        assertThatThrownBy(() -> samples.percentileMs(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> samples.percentileMs(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
