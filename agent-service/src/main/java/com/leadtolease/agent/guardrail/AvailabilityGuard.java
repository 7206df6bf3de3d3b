package com.leadtolease.agent.guardrail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a model-written reply from stating availability nobody checked: every time of day or date it mentions must be
 * one of the slots a tool returned in this turn (or, for a bare date, a date we already know such as the move-in
 * date). A sentence with any other time or date is removed. Mentions written next to each other ("Thu Nov 26, 3:30
 * PM") are read as one slot and must all fit the same slot.
 */
public final class AvailabilityGuard {

    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "(?<=[.!?])(?<!(?:^|\\s)\\d{1,2}\\.)\\s+|\\s*\\n+\\s*");
    private static final Pattern TIME_12H = Pattern.compile(
            "\\b(1[0-2]|0?[1-9])(?::([0-5]\\d))?\\s*([ap])\\.?\\s?m\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_24H = Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b");
    private static final Pattern NOON = Pattern.compile("\\bnoon\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?i:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\\b"
                    + "|\\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\b\\.?");
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS
            + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(1[0-2]|0?[1-9])/([0-3]?\\d)\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(today|tonight|tomorrow)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What may stand between two mentions of one slot: "Thursday, Nov 26 at 3:30 PM", "3 pm on Friday". */
    private static final Pattern JOINER = Pattern.compile("[\\s,]*(?:(?:at|on|from|@|the)[\\s,]+)*[\\s,]*",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    private AvailabilityGuard() {
    }

    /** @param removed the sentences taken out, in order; empty when the text was left as written */
    public record Checked(String text, List<String> removed) {
        public boolean corrected() {
            return !removed.isEmpty();
        }
    }

    /**
     * @param slots      the starts (in the property's zone) of the slots tools returned in this turn
     * @param knownDates dates that may be named on their own (e.g. the move-in date, the booked tour's day)
     * @param today      the day "today" and "tomorrow" are read from
     */
    public static Checked check(String text, Collection<ZonedDateTime> slots, Collection<LocalDate> knownDates,
                                LocalDate today) {
        if (text == null || text.isBlank()) {
            return new Checked(text == null ? "" : text, List.of());
        }
        List<String> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String sentence : SENTENCE_BREAK.split(text.strip())) {
            if (sentence.isBlank()) {
                continue;
            }
            if (fits(sentence, slots, knownDates, today)) {
                kept.add(sentence.strip());
            } else {
                removed.add(sentence.strip());
            }
        }
        return new Checked(removed.isEmpty() ? text.strip() : String.join(" ", kept), List.copyOf(removed));
    }

    /** True when the text names any time of day or date at all. */
    public static boolean mentionsTimeOrDate(String text, LocalDate today) {
        return text != null && !mentions(text, today).isEmpty();
    }

    private static boolean fits(String sentence, Collection<ZonedDateTime> slots, Collection<LocalDate> knownDates,
                                LocalDate today) {
        for (List<Mention> group : groups(sentence, mentions(sentence, today))) {
            Predicate<ZonedDateTime> slotFits = slot -> group.stream().allMatch(m -> m.fits(slot.toLocalDate(),
                    slot.toLocalTime()));
            boolean dateOnly = group.stream().noneMatch(m -> m.time != null);
            boolean knownDate = dateOnly && knownDates.stream()
                    .anyMatch(day -> group.stream().allMatch(m -> m.fits(day, null)));
            if (!knownDate && slots.stream().noneMatch(slotFits)) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Mention>> groups(String sentence, List<Mention> mentions) {
        List<List<Mention>> groups = new ArrayList<>();
        Mention previous = null;
        for (Mention mention : mentions) {
            boolean joined = previous != null && mention.start >= previous.end
                    && JOINER.matcher(sentence.substring(previous.end, mention.start)).matches();
            if (joined) {
                groups.get(groups.size() - 1).add(mention);
            } else {
                groups.add(new ArrayList<>(List.of(mention)));
            }
            previous = mention;
        }
        return groups;
    }

    private static List<Mention> mentions(String text, LocalDate today) {
        List<Mention> found = new ArrayList<>();
        Matcher m = TIME_12H.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            found.add(Mention.time(m.start(), m.end(), LocalTime.of(hour, minute)));
        }
        m = TIME_24H.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (found.stream().noneMatch(f -> f.overlaps(start))) {
                found.add(Mention.time(m.start(), m.end(), LocalTime.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)))));
            }
        }
        m = NOON.matcher(text);
        while (m.find()) {
            found.add(Mention.time(m.start(), m.end(), LocalTime.NOON));
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT).substring(0, 3);
            found.add(new Mention(m.start(), m.end(), null, WEEKDAYS.get(name), null, null));
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            monthDay(month(m.group(1)), Integer.parseInt(m.group(2)))
                    .ifPresent(day -> found.add(new Mention(start, end, null, null, day, null)));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().noneMatch(f -> f.overlaps(start))) {
                monthDay(month(m.group(2)), Integer.parseInt(m.group(1)))
                        .ifPresent(day -> found.add(new Mention(start, end, null, null, day, null)));
            }
        }
        m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().noneMatch(f -> f.overlaps(start))) {
                monthDay(Month.of(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2)))
                        .ifPresent(day -> found.add(new Mention(start, end, null, null, day, null)));
            }
        }
        m = RELATIVE_DAY.matcher(text);
        while (m.find()) {
            LocalDate day = m.group(1).equalsIgnoreCase("tomorrow") ? today.plusDays(1) : today;
            found.add(new Mention(m.start(), m.end(), null, null, null, day));
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static Optional<MonthDay> monthDay(Month month, int day) {
        return day >= 1 && day <= month.maxLength() ? Optional.of(MonthDay.of(month, day))
                : Optional.empty();
    }

    private static Month month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }

    private record Mention(int start, int end, LocalTime time, DayOfWeek weekday, MonthDay monthDay,
                           LocalDate day) {
        static Mention time(int start, int end, LocalTime time) {
            return new Mention(start, end, time, null, null, null);
        }

        boolean overlaps(int position) {
            return position >= start && position < end;
        }

        boolean fits(LocalDate date, LocalTime at) {
            if (time != null) {
                return time.equals(at);
            }
            if (weekday != null) {
                return date.getDayOfWeek() == weekday;
            }
            if (monthDay != null) {
                return MonthDay.from(date).equals(monthDay);
            }
            return day.equals(date);
        }
    }
}
