package com.leadtolease.agent.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

/**
 * A day and/or time of day named in a message ("Thursday at 3:30", "tomorrow morning", "the next day").
 *
 * @param date      an explicit date ("Nov 26", "today", "tomorrow"), or null
 * @param weekday   a named weekday, or null
 * @param nextDay   "the next day" / "the day after": relative to something the caller knows (e.g. the tour)
 * @param time      an exact time, or null
 * @param partOfDay morning | afternoon | evening, or null
 */
public record DayTime(LocalDate date, DayOfWeek weekday, boolean nextDay, LocalTime time, String partOfDay) {

    public boolean isEmpty() {
        return date == null && weekday == null && !nextDay && time == null && partOfDay == null;
    }

    public boolean namesDay() {
        return date != null || weekday != null || nextDay;
    }

    /** The day meant: an explicit date, the day after {@code base}, or the next such weekday after today. */
    public LocalDate resolveDay(LocalDate today, LocalDate base) {
        if (date != null) {
            return date;
        }
        if (nextDay && base != null) {
            return base.plusDays(1);
        }
        if (weekday != null) {
            return today.with(TemporalAdjusters.next(weekday));
        }
        return null;
    }

    public boolean matchesTime(LocalTime candidate) {
        if (time != null) {
            return time.equals(candidate);
        }
        if (partOfDay == null) {
            return true;
        }
        return switch (partOfDay) {
            case "morning" -> candidate.isBefore(LocalTime.NOON);
            case "afternoon" -> !candidate.isBefore(LocalTime.NOON) && candidate.isBefore(LocalTime.of(17, 0));
            default -> !candidate.isBefore(LocalTime.of(17, 0));
        };
    }
}
