package com.leadtolease.devstack.reconcile;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Expected against found, per check: anything lost or doubled makes the run inconsistent. */
public final class Report {

    /** One line of the table; {@code expected} null for a count shown for information only. */
    public record Row(String check, Long expected, long found, long lost, long doubled, String note) {
        boolean consistent() {
            return lost == 0 && doubled == 0;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    Report add(String check, long expected, long found, long lost, long doubled, String note) {
        rows.add(new Row(check, expected, found, lost, doubled, note));
        return this;
    }

    Report info(String check, long found) {
        rows.add(new Row(check, null, found, 0, 0, ""));
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public boolean consistent() {
        return rows.stream().allMatch(Row::consistent);
    }

    public List<Row> problems() {
        return rows.stream().filter(r -> !r.consistent()).toList();
    }

    public void print(PrintStream out) {
        int width = Math.max(45, rows.stream().mapToInt(r -> r.check().length()).max().orElse(0));
        String format = "%-" + width + "s %9s %9s %6s %8s  %s%n";
        out.printf(format, "check", "expected", "found", "lost", "doubled", "");
        for (Row r : rows) {
            out.printf(format, r.check(), r.expected() == null ? "-" : r.expected(), r.found(), r.lost(), r.doubled(),
                    r.consistent() ? (r.note().isEmpty() ? "" : r.note()) : "<-- " + r.note());
        }
        out.println(consistent() ? "CONSISTENT: nothing lost or doubled"
                : "INCONSISTENT: " + problems().size() + " check(s) found something lost or doubled");
    }

    @Override
    public String toString() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        print(new PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
