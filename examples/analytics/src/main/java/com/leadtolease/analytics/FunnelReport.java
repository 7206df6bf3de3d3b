package com.leadtolease.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Funnel counts per day and property, with each stage as a share of the row's leads. */
public record FunnelReport(List<Row> rows) {

    public record Row(LocalDate day, String property, int leads, int qualified, int toursBooked, int toured,
                      int applied) {

        Row plus(Row other) {
            return new Row(day, property, leads + other.leads, qualified + other.qualified,
                    toursBooked + other.toursBooked, toured + other.toured, applied + other.applied);
        }
    }

    /** Every row summed: the whole funnel. */
    public Row total() {
        Row total = new Row(null, null, 0, 0, 0, 0, 0);
        for (Row row : rows) {
            total = total.plus(row);
        }
        return total;
    }

    /** The table the command prints. */
    public String render() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s  %-24s %6s %14s %14s %14s %14s%n",
                "day", "property", "leads", "qualified", "tour booked", "toured", "applied"));
        rows.forEach(row -> out.append(line(row.day().toString(), row)));
        out.append(line("total", total()));
        return out.toString();
    }

    private static String line(String label, Row row) {
        return String.format(Locale.ROOT, "%-10s  %-24s %6d %14s %14s %14s %14s%n", label,
                row.property() == null ? "" : row.property(), row.leads(), share(row.qualified(), row.leads()),
                share(row.toursBooked(), row.leads()), share(row.toured(), row.leads()),
                share(row.applied(), row.leads()));
    }

    private static String share(int count, int leads) {
        long percent = leads == 0 ? 0 : Math.round(100.0 * count / leads);
        return count + " (" + percent + "%)";
    }
}
