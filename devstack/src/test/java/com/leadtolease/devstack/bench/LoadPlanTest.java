package com.leadtolease.devstack.bench;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The load driver's bounds: prospects, duration, warm-up and think time capped; only a loopback gateway. */
class LoadPlanTest {

    private static LoadPlan plan(String gateway, int prospects, int seconds) {
        return new LoadPlan(URI.create(gateway), prospects, Duration.ofSeconds(10), Duration.ofSeconds(seconds), 1000);
    }

    @Test
    void defaultsFromAnEmptyEnvironment() {
        LoadPlan plan = LoadPlan.fromEnvironment(Map.of());
        assertThat(plan.gateway()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(plan.prospects()).isEqualTo(8);
        assertThat(plan.duration()).isEqualTo(Duration.ofSeconds(120));
        assertThat(plan.warmup()).isEqualTo(Duration.ofSeconds(30));
        assertThat(plan.thinkMs()).isEqualTo(1000);
    }

    @Test
    void acceptsLoopbackTargetsWithinTheCaps() {
        assertThat(plan("http://127.0.0.1:48080", 64, 1800).prospects()).isEqualTo(64);
        assertThat(plan("http://localhost:8080", 1, 1).duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(plan("http://[::1]:8080", 16, 600).gateway().getHost()).isEqualTo("[::1]");
        assertThat(plan("http://127.0.0.2:8080", 2, 60).prospects()).as("all of 127/8 is loopback").isEqualTo(2);
    }

    @Test
    void refusesTooManyOrNoProspects() {
        assertThatThrownBy(() -> plan("http://127.0.0.1:8080", 65, 60)).hasMessageContaining("prospects must be 1..64");
        assertThatThrownBy(() -> plan("http://127.0.0.1:8080", 0, 60)).hasMessageContaining("prospects");
    }

    @Test
    void refusesADurationBeyondTheCapOrNone() {
        assertThatThrownBy(() -> plan("http://127.0.0.1:8080", 8, 1801)).hasMessageContaining("duration must be");
        assertThatThrownBy(() -> plan("http://127.0.0.1:8080", 8, 0)).hasMessageContaining("duration must be");
        assertThatThrownBy(() -> new LoadPlan(URI.create("http://127.0.0.1:8080"), 8, Duration.ofMinutes(6),
                Duration.ofMinutes(1), 0)).hasMessageContaining("warm-up");
        assertThatThrownBy(() -> new LoadPlan(URI.create("http://127.0.0.1:8080"), 8, Duration.ZERO,
                Duration.ofMinutes(1), 60_001)).hasMessageContaining("think time");
    }

    @Test
    void refusesNonLoopbackTargets() {
        assertThatThrownBy(() -> plan("http://10.0.0.5:8080", 8, 60)).hasMessageContaining("non-loopback");
        assertThatThrownBy(() -> plan("http://0.0.0.0:8080", 8, 60)).hasMessageContaining("non-loopback");
        assertThatThrownBy(() -> plan("http://[2001:db8::1]:8080", 8, 60)).hasMessageContaining("non-loopback");
        assertThatThrownBy(() -> plan("ws://127.0.0.1:8080", 8, 60)).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> plan("http:///nohost", 8, 60)).hasMessageContaining("no host");
    }

    @Test
    void refusesBadNumbersFromTheEnvironment() {
        assertThatThrownBy(() -> LoadPlan.fromEnvironment(Map.of("BENCH_PROSPECTS", "many")))
                .hasMessageContaining("BENCH_PROSPECTS must be a whole number");
        assertThatThrownBy(() -> LoadPlan.fromEnvironment(Map.of("BENCH_SECONDS", "3600")))
                .hasMessageContaining("duration must be");
        assertThatThrownBy(() -> LoadPlan.fromEnvironment(Map.of("BENCH_GATEWAY", "http://192.0.2.1:8080")))
                .hasMessageContaining("non-loopback");
    }
}
