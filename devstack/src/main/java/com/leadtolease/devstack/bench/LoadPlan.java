package com.leadtolease.devstack.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;

/**
 * What a load run does: how many prospects chat at once, for how long (after a warm-up), with what think time, against
 * which gateway. Bounded: at most {@link #MAX_PROSPECTS} prospects and {@link #MAX_DURATION} measured, and only a
 * loopback gateway, so the driver cannot be pointed at someone else's system or left running.
 */
public record LoadPlan(URI gateway, int prospects, Duration warmup, Duration duration, int thinkMs) {

    static final int MAX_PROSPECTS = 64;
    static final Duration MAX_DURATION = Duration.ofMinutes(30);
    static final Duration MAX_WARMUP = Duration.ofMinutes(5);
    static final int MAX_THINK_MS = 60_000;

    public LoadPlan {
        if (prospects < 1 || prospects > MAX_PROSPECTS) {
            throw new IllegalArgumentException("prospects must be 1.." + MAX_PROSPECTS + ", not " + prospects);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration must be 1 s.." + MAX_DURATION.toMinutes() + " min, not "
                    + duration.toSeconds() + " s");
        }
        if (warmup.isNegative() || warmup.compareTo(MAX_WARMUP) > 0) {
            throw new IllegalArgumentException("warm-up must be 0.." + MAX_WARMUP.toMinutes() + " min, not "
                    + warmup.toSeconds() + " s");
        }
        if (thinkMs < 0 || thinkMs > MAX_THINK_MS) {
            throw new IllegalArgumentException("think time must be 0.." + MAX_THINK_MS + " ms, not " + thinkMs);
        }
        requireLoopback(gateway);
    }

    /**
     * From the env: BENCH_GATEWAY (http://127.0.0.1:8080), BENCH_PROSPECTS (8), BENCH_WARMUP_SECONDS (30),
     * BENCH_SECONDS (120), BENCH_THINK_MS (1000).
     */
    public static LoadPlan fromEnvironment(Map<String, String> env) {
        return new LoadPlan(URI.create(env.getOrDefault("BENCH_GATEWAY", "http://127.0.0.1:8080")),
                integer(env, "BENCH_PROSPECTS", 8), Duration.ofSeconds(integer(env, "BENCH_WARMUP_SECONDS", 30)),
                Duration.ofSeconds(integer(env, "BENCH_SECONDS", 120)), integer(env, "BENCH_THINK_MS", 1000));
    }

    /** Refuses any gateway whose host is not a loopback address (by name, resolved here, or by literal). */
    static void requireLoopback(URI gateway) {
        String scheme = gateway.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("gateway must be an http(s) URL: " + gateway);
        }
        String host = gateway.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("gateway has no host: " + gateway);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("refusing a non-loopback gateway: " + host + " is " + address);
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("gateway host does not resolve: " + host);
        }
    }

    private static int integer(Map<String, String> env, String key, int defaultValue) {
        String raw = env.get(key);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not " + raw);
        }
    }
}
