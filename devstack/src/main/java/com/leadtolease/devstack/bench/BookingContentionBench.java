package com.leadtolease.devstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.devstack.DevAuth;
import com.leadtolease.devstack.DevStack;
import com.leadtolease.devstack.DevStackConfig;
import com.leadtolease.devstack.GatewayClient;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Benchmark, not a test: starts the dev stack on free ports with a fresh data dir under devstack/target/bench/,
 * picks one free slot and fires N concurrent {@code POST /api/tours} for it through the gateway (distinct leads, no
 * Idempotency-Key), released together by a latch. Exactly one may win. Env: {@code BENCH_REQUESTS} (500),
 * {@code BENCH_WARMUP} (10 bookings of other slots first, 0 = none), {@code L2L_SERVICE_JAVA_OPTS},
 * {@code L2L_READY_TIMEOUT_SECONDS}. Exit code 0 only when exactly one booking succeeded and the slot is gone.
 */
public final class BookingContentionBench {

    private record Outcome(int status, long nanos, String error) {
    }

    public static void main(String[] args) throws Exception {
        int requests = intEnv("BENCH_REQUESTS", 500);
        int warmup = intEnv("BENCH_WARMUP", 10);
        Path root = DevStackConfig.rootDir(System.getenv());
        Path data = root.resolve("devstack/target/bench")
                .resolve("booking-contention-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(data);
        Map<String, String> env = DevStackConfig.freePortEnvironment(root, data);
        for (String key : List.of("L2L_SERVICE_JAVA_OPTS", "L2L_READY_TIMEOUT_SECONDS", "L2L_SERVICES")) {
            Optional.ofNullable(System.getenv(key)).ifPresent(v -> env.put(key, v));
        }
        DevStackConfig config = DevStackConfig.fromEnvironment(env);

        int exit;
        try (DevStack stack = DevStack.start(config)) {
            System.out.printf("%nstack up in %.1f s (data %s)%n", stack.startupTime().toMillis() / 1000.0, data);
            // Signed in with bookings:write: anonymous bookings are limited per address, and the bench is one address.
            exit = run(new GatewayClient(stack.gatewayUrl()).signedIn(DevAuth.ADMIN_CLIENT, stack.signIn().adminSecret()),
                    requests, warmup);
        }
        System.exit(exit);
    }

    private static int run(GatewayClient gateway, int requests, int warmup) throws Exception {
        List<JsonNode[]> free = freeSlots(gateway);
        JsonNode[] target = free.stream().filter(c -> c[1].path("remaining").asInt() == 1).findFirst().orElse(free.get(0));
        String propertyId = target[0].path("id").asText();
        String slotId = target[1].path("slotId").asText();
        int capacity = target[1].path("remaining").asInt();

        int warmed = 0;
        for (JsonNode[] other : free) {
            if (warmed >= warmup) {
                break;
            }
            if (other[1] != target[1]) {
                gateway.postJson("/api/tours", GatewayClient.tourRequest(other[0].path("id").asText(),
                        other[1].path("slotId").asText(), "Warm Up " + warmed, "warmup-" + warmed + "@bench.test", "713-555-0199"));
                warmed++;
            }
        }
        System.out.printf("target: property %s, slot %s (%s), remaining %d; warm-up bookings on other slots: %d%n",
                propertyId, slotId, target[1].path("start").asText(), capacity, warmed);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        GatewayClient client = gateway;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch ready = new CountDownLatch(requests);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            HttpRequest request = client.postRequest("/api/tours", GatewayClient.tourRequest(propertyId, slotId,
                    "Bench Lead " + i, "lead-" + i + "@bench.test", String.format("713-555-%04d", i % 10000)));
            futures.add(CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                try {
                    go.await();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        return new Outcome(response.statusCode(), System.nanoTime() - start, null);
                    } catch (Exception e) {
                        return new Outcome(-1, System.nanoTime() - start, e.getClass().getSimpleName());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Outcome(-1, 0, "interrupted");
                }
            }, pool));
        }
        ready.await();
        long wallStart = System.nanoTime();
        go.countDown();
        List<Outcome> outcomes = futures.stream().map(CompletableFuture::join).toList();
        long wall = System.nanoTime() - wallStart;
        pool.shutdown();

        long successes = outcomes.stream().filter(o -> o.status() == 201).count();
        long conflicts = outcomes.stream().filter(o -> o.status() == 409).count();
        Map<String, Integer> other = new TreeMap<>();
        outcomes.stream().filter(o -> o.status() != 201 && o.status() != 409)
                .forEach(o -> other.merge(o.status() == -1 ? o.error() : Integer.toString(o.status()), 1, Integer::sum));
        long[] latencies = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();

        Optional<JsonNode> after = gateway.slot(propertyId, slotId);
        boolean slotGone = after.isEmpty() || after.get().path("remaining").asInt() == 0;

        System.out.println();
        System.out.println("booking contention: " + requests + " concurrent POST /api/tours for one slot (capacity " + capacity + ")");
        System.out.printf("  attempts      %d%n", requests);
        System.out.printf("  successes     %d (201)%n", successes);
        System.out.printf("  conflicts     %d (409)%n", conflicts);
        System.out.printf("  other         %s%n", other.isEmpty() ? "none" : other);
        System.out.printf("  latency ms    p50 %.0f  p95 %.0f  p99 %.0f  max %.0f%n",
                ms(percentile(latencies, 50)), ms(percentile(latencies, 95)), ms(percentile(latencies, 99)),
                ms(latencies[latencies.length - 1]));
        System.out.printf("  wall time     %.0f ms%n", ms(wall));
        System.out.printf("  slot after    %s%n", after.map(s -> "still offered, remaining " + s.path("remaining").asInt())
                .orElse("no longer offered"));
        boolean ok = successes == 1 && capacity == 1 && slotGone;
        if (capacity != 1) {
            System.out.println("  FAIL: no slot with room for exactly one tour was offered");
        }
        System.out.println(ok ? "  OK: exactly one booking won" : "  FAIL: expected exactly 1 success and the slot gone");
        return ok ? 0 : 1;
    }

    /** Every offered slot with room left, as (property, slot) pairs. */
    private static List<JsonNode[]> freeSlots(GatewayClient gateway) throws Exception {
        GatewayClient.Reply properties = gateway.get("/api/properties");
        if (properties.status() != 200) {
            throw new IllegalStateException("GET /api/properties: HTTP " + properties.status() + " " + properties.raw());
        }
        List<JsonNode[]> free = new ArrayList<>();
        for (JsonNode property : properties.body().path("items")) {
            GatewayClient.Reply availability = gateway.get("/api/properties/" + property.path("id").asText() + "/availability");
            for (JsonNode slot : availability.body().path("slots")) {
                if (slot.path("remaining").asInt() > 0) {
                    free.add(new JsonNode[] {property, slot});
                }
            }
        }
        if (free.isEmpty()) {
            throw new IllegalStateException("no free slot offered");
        }
        return free;
    }

    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static int intEnv(String key, int defaultValue) {
        String raw = System.getenv(key);
        return raw == null || raw.isBlank() ? defaultValue : Integer.parseInt(raw.trim());
    }

    private BookingContentionBench() {
    }
}
