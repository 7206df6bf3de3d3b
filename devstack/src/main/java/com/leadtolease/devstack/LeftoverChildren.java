package com.leadtolease.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code <data>/children.pids}: the child processes of the running launcher (pid, start time, name). A launcher that
 * was killed outright (SIGKILL, power loss) cannot stop its children; the next start finds them here and refuses
 * to start next to them, naming them, instead of guessing. A clean stop deletes the file.
 */
final class LeftoverChildren {
    private final Path file;

    LeftoverChildren(Path dataDir) {
        this.file = dataDir.resolve("children.pids");
    }

    /** Processes from the file that still run and are the very processes recorded (same pid and start time). */
    List<String> stillRunning() {
        return handles().stream().map(h -> h.name() + " (pid " + h.handle().pid() + ")").toList();
    }

    /** Stops the recorded children that still run (SIGTERM, then SIGKILL after 20 s) and forgets them. */
    void stop() {
        List<Leftover> alive = handles();
        for (Leftover leftover : alive) {
            Log.info("stopping leftover " + leftover.name() + " (pid " + leftover.handle().pid() + ")");
            leftover.handle().destroy();
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (Leftover leftover : alive) {
            try {
                leftover.handle().onExit().get(Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                Log.warn(leftover.name() + " (pid " + leftover.handle().pid() + ") ignored SIGTERM; killing it");
                leftover.handle().destroyForcibly();
            }
        }
        if (handles().isEmpty()) {
            clear();
        }
    }

    private record Leftover(String name, ProcessHandle handle) {
    }

    private List<Leftover> handles() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Leftover> alive = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+", 3);
                if (parts.length < 3) {
                    continue;
                }
                long pid = Long.parseLong(parts[0]);
                long started = Long.parseLong(parts[1]);
                Optional<ProcessHandle> handle = ProcessHandle.of(pid);
                if (handle.isPresent() && handle.get().isAlive() && handle.get().info().startInstant()
                        .map(i -> Math.abs(i.toEpochMilli() - started) < 2000).orElse(false)) {
                    alive.add(new Leftover(parts[2], handle.get()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return List.of();
        }
        return alive;
    }

    void record(ChildProcess child) {
        long started = child.process().toHandle().info().startInstant().map(Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
        try {
            Files.writeString(file, child.pid() + " " + started + " " + child.name() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.warn("cannot delete " + file + ": " + e.getMessage());
        }
    }
}
