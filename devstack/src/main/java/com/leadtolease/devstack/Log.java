package com.leadtolease.devstack;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The launcher's own console lines (third-party logging goes through log4j2 at WARN). */
final class Log {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Log() {
    }

    static void info(String message) {
        System.out.println(LocalTime.now().format(TIME) + " [devstack] " + message);
        System.out.flush();
    }

    static void warn(String message) {
        System.err.println(LocalTime.now().format(TIME) + " [devstack] WARN " + message);
        System.err.flush();
    }

    static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
