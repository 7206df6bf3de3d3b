package com.leadtolease.agent.policy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the day and time a prospect means when choosing or moving a tour. Relative days are read from {@code today}. */
public final class DayTimeReader {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

    private static final Pattern WEEKDAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|mon|tues?|wed|thur?s?|fri|sat)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
    private static final Pattern NEXT_DAY = Pattern.compile("\\b(?:the )?(?:next|following) day\\b|\\bthe day after\\b"
            + "(?! tomorrow)|\\ba day later\\b");
    private static final Pattern DAY_AFTER_TOMORROW = Pattern.compile("\\bday after tomorrow\\b");
    private static final Pattern TIME_WITH_MERIDIEM = Pattern.compile(
            "\\b(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?");
    private static final Pattern TIME_WITH_COLON = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\b");
    private static final Pattern AT_HOUR = Pattern.compile("\\bat (\\d{1,2})\\b(?!\\s*(?:bed|br|bd|people|pets|/))");
    private static final Pattern PART_OF_DAY = Pattern.compile("\\b(morning|afternoon|evening|noon|tonight)\\b");

    private DayTimeReader() {
    }

    public static DayTime read(String text, LocalDate today) {
        String lower = text.toLowerCase(Locale.ROOT);
        LocalDate date = null;
        if (DAY_AFTER_TOMORROW.matcher(lower).find()) {
            date = today.plusDays(2);
        } else if (lower.contains("tomorrow")) {
            date = today.plusDays(1);
        } else if (lower.matches(".*\\b(today|tonight)\\b.*")) {
            date = today;
        } else {
            date = monthDay(lower, today);
        }
        DayOfWeek weekday = null;
        Matcher weekdayMatch = WEEKDAY.matcher(lower);
        if (date == null && weekdayMatch.find()) {
            weekday = WEEKDAYS.get(weekdayMatch.group(1));
        }
        boolean nextDay = date == null && weekday == null && NEXT_DAY.matcher(lower).find();
        LocalTime time = time(lower);
        String part = null;
        Matcher partMatch = PART_OF_DAY.matcher(lower);
        if (time == null && partMatch.find()) {
            part = switch (partMatch.group(1)) {
                case "noon" -> null;
                case "tonight" -> "evening";
                default -> partMatch.group(1);
            };
            if (partMatch.group(1).equals("noon")) {
                time = LocalTime.NOON;
            }
        }
        return new DayTime(date, weekday, nextDay, time, part);
    }

    private static LocalDate monthDay(String lower, LocalDate today) {
        Matcher matcher = MONTH_DAY.matcher(lower);
        if (!matcher.find()) {
            return null;
        }
        try {
            int month = monthNumber(matcher.group(1));
            LocalDate date = LocalDate.of(today.getYear(), month, Integer.parseInt(matcher.group(2)));
            return date.isBefore(today) ? date.plusYears(1) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String prefix) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new DateTimeException(prefix);
    }

    private static LocalTime time(String lower) {
        Matcher meridiem = TIME_WITH_MERIDIEM.matcher(lower);
        if (meridiem.find()) {
            int hour = Integer.parseInt(meridiem.group(1)) % 12 + (meridiem.group(3).equals("p") ? 12 : 0);
            return safeTime(hour, meridiem.group(2));
        }
        Matcher colon = TIME_WITH_COLON.matcher(lower);
        if (colon.find()) {
            return safeTime(businessHour(Integer.parseInt(colon.group(1))), colon.group(2));
        }
        Matcher at = AT_HOUR.matcher(lower);
        if (at.find()) {
            return safeTime(businessHour(Integer.parseInt(at.group(1))), null);
        }
        return null;
    }

    /** Without am/pm, tour times are office hours: 1–7 means afternoon, 8–11 morning. */
    private static int businessHour(int hour) {
        return hour >= 1 && hour <= 7 ? hour + 12 : hour;
    }

    private static LocalTime safeTime(int hour, String minutes) {
        try {
            return LocalTime.of(hour, minutes == null ? 0 : Integer.parseInt(minutes));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
