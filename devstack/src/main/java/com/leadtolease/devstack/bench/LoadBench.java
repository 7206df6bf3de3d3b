package com.leadtolease.devstack.bench;

import com.leadtolease.devstack.DevStackConfig;
import com.leadtolease.devstack.reconcile.Reconcile;
import com.leadtolease.devstack.reconcile.Reconciler;
import com.leadtolease.devstack.reconcile.Report;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test: {@link LoadPlan#prospects()} prospects chat through a running local stack's gateway at once,
 * each conversation by {@link Prospect} through to a booked tour, for a warm-up and then the measured time; prints
 * turns/s, turn latency percentiles, bookings/s, errors and the RSS of each process of the stack (before, after the
 * warm-up, at the end, and each minute), then reconciles Kafka, MongoDB and the mailbox against the bookings the
 * prospects were told about. Run by bench/load.sh, which starts the stack; env as {@link LoadPlan#fromEnvironment}
 * plus BENCH_STACK_PID (the launcher, for RSS) and the stack's own env (ports, L2L_DATA_DIR) for the reconciliation.
 * Exit 0 only without errors, doubled replies or inconsistencies.
 */
public final class LoadBench {

    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final double FLAT_PERCENT = 10.0;

    private final LoadPlan plan;
    private final LatencySamples turns = new LatencySamples();
    private final Set<String> confirmedTours = ConcurrentHashMap.newKeySet();
    private final AtomicLong measuredBookings = new AtomicLong();
    private final AtomicLong slotsTaken = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong conversations = new AtomicLong();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    private volatile long measuredFrom = Long.MAX_VALUE;
    private volatile long measuredUntil = Long.MAX_VALUE;

    private LoadBench(LoadPlan plan) {
        this.plan = plan;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        LoadPlan plan;
        try {
            plan = LoadPlan.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.exit(2);
            return;
        }
        long stackPid = Long.parseLong(env.getOrDefault("BENCH_STACK_PID", "-1"));
        System.exit(new LoadBench(plan).run(stackPid, env));
    }

    private int run(long stackPid, Map<String, String> env) throws Exception {
        System.out.printf("Load: %d prospects at once, %d s warm-up + %d s measured, think time %d ms (±50%%) before "
                        + "each message, gateway %s%n", plan.prospects(), plan.warmup().toSeconds(),
                plan.duration().toSeconds(), plan.thinkMs(), plan.gateway());
        System.out.printf("Machine: %d cores, %s, load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), memTotal(), loadAverage());
        Map<String, Map<String, Long>> rss = new LinkedHashMap<>();
        rss.put("idle", ProcessMemory.snapshot(stackPid));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong next = new AtomicLong();
        List<Thread> prospects = new ArrayList<>();
        for (int i = 0; i < plan.prospects(); i++) {
            Thread thread = new Thread(() -> prospect(http, next, stop), "prospect-" + i);
            thread.start();
            prospects.add(thread);
        }
        long start = System.nanoTime();
        Thread.sleep(plan.warmup().toMillis());
        rss.put("after warm-up", ProcessMemory.snapshot(stackPid));
        measuredFrom = System.nanoTime();
        measuredUntil = measuredFrom + plan.duration().toNanos();
        System.out.printf("  warm-up done after %.0f s; measuring%n", (measuredFrom - start) / 1e9);
        printRss("  RSS MiB", rss.get("after warm-up"));
        while (System.nanoTime() < measuredUntil) {
            long left = measuredUntil - System.nanoTime();
            Thread.sleep(Math.max(1, Math.min(left, Duration.ofSeconds(60).toNanos()) / 1_000_000));
            printRss(String.format("  %4.0f s", (System.nanoTime() - measuredFrom) / 1e9),
                    ProcessMemory.snapshot(stackPid));
        }
        rss.put("end", ProcessMemory.snapshot(stackPid));
        stop.set(true);
        for (Thread prospect : prospects) {
            prospect.join();
        }
        double seconds = plan.duration().toNanos() / 1e9;
        System.out.println();
        System.out.printf("measured %.0f s · %d turns = %.1f turns/s · %d bookings = %.2f bookings/s · %d "
                        + "conversations started in all%n", seconds, turns.size(), turns.size() / seconds,
                measuredBookings.get(), measuredBookings.get() / seconds, conversations.get());
        System.out.printf("turn latency (frame sent → its reply frame) ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                turns.percentileMs(50), turns.percentileMs(95), turns.percentileMs(99), turns.percentileMs(100));
        System.out.printf("tour times taken by another prospect meanwhile (picked again): %d%n", slotsTaken.get());
        System.out.printf("errors: %d conversation(s) failed (warm-up and measured, drain included)%s%n",
                errors.get(), errorSamples.isEmpty() ? "" : " e.g. " + errorSamples);
        System.out.printf("load average after: %s%n", loadAverage());
        boolean flat = printMemory(rss);

        boolean consistent = true;
        if (!"0".equals(env.get("BENCH_RECONCILE"))) {
            System.out.printf("%nReconciliation (Kafka topics, MongoDB, mailbox; %d tours confirmed in chat; settles "
                    + "up to %d s):%n", confirmedTours.size(), SETTLE.toSeconds());
            Report report = Reconciler.run(Reconcile.sources(DevStackConfig.fromEnvironment(env)), SETTLE,
                    Set.copyOf(confirmedTours));
            report.print(System.out);
            consistent = report.consistent();
        }
        boolean ok = errors.get() == 0 && consistent;
        System.out.println(ok ? "OK: no error, nothing lost or doubled" + (flat ? ", memory flat" : "")
                : "FAIL: errors or something lost or doubled");
        return ok ? 0 : 1;
    }

    /** One prospect's loop: conversation after conversation until told to stop; a failed one is counted. */
    private void prospect(HttpClient http, AtomicLong next, AtomicBoolean stop) {
        Prospect prospect = new Prospect(http, plan.gateway(), plan.thinkMs());
        Prospect.Tally tally = new Prospect.Tally() {
            @Override
            public void turn(long nanos) {
                if (measured()) {
                    turns.add(nanos);
                }
            }

            @Override
            public void booked(String tourId) {
                confirmedTours.add(tourId);
                if (measured()) {
                    measuredBookings.incrementAndGet();
                }
            }

            @Override
            public void slotTaken() {
                slotsTaken.incrementAndGet();
            }
        };
        while (!stop.get()) {
            long n = next.incrementAndGet();
            conversations.incrementAndGet();
            try {
                prospect.converse(n, tally);
            } catch (Exception e) {
                errors.incrementAndGet();
                if (errorSamples.size() < 5) {
                    errorSamples.add(Instant.now() + " " + e.getMessage());
                }
            }
        }
    }

    private boolean measured() {
        long now = System.nanoTime();
        return now >= measuredFrom && now < measuredUntil;
    }

    /** The RSS table; answers whether every process grew by less than 10 % from after the warm-up to the end. */
    private static boolean printMemory(Map<String, Map<String, Long>> rss) {
        Map<String, Long> warm = rss.get("after warm-up");
        Map<String, Long> end = rss.get("end");
        if (warm.isEmpty()) {
            System.out.println("RSS: no /proc figures (BENCH_STACK_PID unset or not Linux)");
            return false;
        }
        System.out.printf("%nRSS (VmRSS, MiB)                     %8s %14s %8s %22s%n", "idle", "after warm-up",
                "end", "growth warm-up → end");
        boolean flat = true;
        for (String role : warm.keySet()) {
            long from = warm.get(role);
            Long to = end.get(role);
            double growth = to == null ? Double.NaN : ProcessMemory.growthPercent(from, to);
            boolean ok = to != null && growth < FLAT_PERCENT;
            flat &= ok;
            System.out.printf("%-36s %8s %14s %8s %20.1f %% %s%n", role, mib(rss.get("idle").get(role)), mib(from),
                    mib(to), growth, ok ? "" : "<-- grew ≥ " + FLAT_PERCENT + " %");
        }
        return flat;
    }

    private static void printRss(String label, Map<String, Long> snapshot) {
        StringBuilder line = new StringBuilder(label).append(':');
        snapshot.forEach((role, kib) -> line.append(' ').append(role.split(" ")[0]).append(' ').append(mib(kib)));
        System.out.println(line);
    }

    private static String mib(Long kib) {
        return kib == null ? "-" : String.valueOf(Math.round(kib / 1024.0));
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        } catch (Exception e) {
            return "?";
        }
    }
}
