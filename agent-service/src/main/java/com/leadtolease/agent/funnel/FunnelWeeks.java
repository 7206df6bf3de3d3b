package com.leadtolease.agent.funnel;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** The funnel counts per ISO week, named by its Monday (UTC) as yyyy-MM-dd, so weeks sort and compare as text. */
final class FunnelWeeks {

    private FunnelWeeks() {
    }

    static String of(Instant time) {
        return of(LocalDate.ofInstant(time, ZoneOffset.UTC));
    }

    static String of(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    }
}
