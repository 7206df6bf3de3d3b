package com.leadtolease.devstack.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Resident memory of the stack's processes by role, from {@code /proc/<pid>/status} (VmRSS): each service JVM, the
 * Kafka broker, and the launcher JVM, which holds the Mongo-wire store and the mail server.
 */
final class ProcessMemory {

    static final String MONGO = "launcher (Mongo-wire store, SMTP)";
    static final String KAFKA = "kafka";
    private static final List<String> SERVICES = List.of("chat-gateway", "agent-service", "booking-service",
            "notification-service", "embedding-service", "ingestion-service");

    private ProcessMemory() {
    }

    /** VmRSS in KiB from the text of a /proc/PID/status file; empty when the line is missing (a zombie). */
    static OptionalLong vmRssKib(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                if (parts.length != 2 || !parts[1].equals("kB")) {
                    throw new IllegalArgumentException("unexpected VmRSS line: " + line);
                }
                return OptionalLong.of(Long.parseLong(parts[0]));
            }
        }
        return OptionalLong.empty();
    }

    /** Role → RSS in KiB of the launcher {@code launcherPid} and its descendants; empty without /proc. */
    static Map<String, Long> snapshot(long launcherPid) {
        Map<String, Long> rss = new LinkedHashMap<>();
        ProcessHandle.of(launcherPid).ifPresent(launcher -> {
            read(launcher.pid()).ifPresent(kib -> rss.put(MONGO, kib));
            launcher.descendants().forEach(child -> {
                String role = role(commandLine(child.pid()));
                if (role != null) {
                    read(child.pid()).ifPresent(kib -> rss.merge(role, kib, Long::sum));
                }
            });
        });
        return rss;
    }

    /** The stack role a command line belongs to, or null (a shell, a helper process). */
    static String role(String commandLine) {
        for (String service : SERVICES) {
            if (commandLine.contains("/" + service + "/target/quarkus-app/quarkus-run.jar")) {
                return service;
            }
        }
        return commandLine.contains("kafka.Kafka") ? KAFKA : null;
    }

    /** Growth from {@code from} to {@code to} in percent of {@code from}. */
    static double growthPercent(long from, long to) {
        if (from <= 0) {
            throw new IllegalArgumentException("no baseline: " + from);
        }
        return (to - from) * 100.0 / from;
    }

    /** From /proc: ProcessHandle.Info leaves out a command line as long as the broker's class path. */
    private static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.ISO_8859_1).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static OptionalLong read(long pid) {
        try {
            return vmRssKib(Files.readString(Path.of("/proc/" + pid + "/status")));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }
}
