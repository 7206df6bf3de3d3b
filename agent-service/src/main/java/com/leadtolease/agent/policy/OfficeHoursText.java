package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.OfficeHours;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A leasing office's week in chat words: days in a row with the same hours are one range, "Mon–Fri 9:00 AM–6:00 PM".
 */
final class OfficeHoursText {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private OfficeHoursText() {
    }

    /** Empty when no day can be read: a day name booking-service does not use is left out, not guessed. */
    static Optional<String> week(List<OfficeHours> hours) {
        if (hours == null) {
            return Optional.empty();
        }
        List<Day> days = hours.stream().flatMap(h -> Day.of(h).stream()).sorted(Comparator.comparing(Day::day))
                .toList();
        List<String> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= days.size(); i++) {
            if (i == days.size() || !days.get(i).continues(days.get(i - 1))) {
                ranges.add(range(days.get(start), days.get(i - 1)));
                start = i;
            }
        }
        return ranges.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", ranges));
    }

    private static String range(Day first, Day last) {
        String dayNames = first == last ? name(first.day()) : name(first.day())
                + (last.day().getValue() - first.day().getValue() == 1 ? ", " : "–") + name(last.day());
        return dayNames + " " + first.hours();
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.US);
    }

    private record Day(DayOfWeek day, String hours) {

        static Optional<Day> of(OfficeHours hours) {
            if (hours.day() == null || hours.open() == null || hours.close() == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Day(DayOfWeek.valueOf(hours.day().strip().toUpperCase(Locale.ROOT)),
                        HOUR.format(hours.open()) + "–" + HOUR.format(hours.close())));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        boolean continues(Day previous) {
            return day.getValue() == previous.day.getValue() + 1 && hours.equals(previous.hours);
        }
    }
}
