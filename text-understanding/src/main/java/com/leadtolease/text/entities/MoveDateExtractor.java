package com.leadtolease.text.entities;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a move-in date and resolves it against the date the message was written. A month and day without a year
 * that is already past means next year; a month and year without a day ("March 2027") means its first. Dates in a clause about a tour are skipped unless the clause is also about
 * moving; when several dates remain, one in a clause about moving wins, then the first.
 */
final class MoveDateExtractor {

    private static final String MONTH = "(" + TextMasks.MONTH + ")\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

    private static final Pattern MOVE_CLAUSE = Pattern.compile("\\bmov(?:e|ing)\\b|\\bmove-?in\\b|\\brelocat"
            + "|\\blease (?:to )?start|\\bstart date\\b|\\bneed (?:a|the) (?:place|apartment|unit|home)\\b");
    private static final Pattern TOUR_CLAUSE = Pattern.compile("\\btour(?:s|ing)?\\b|\\bvisit\\b|\\bshowings?\\b"
            + "|\\bviewings?\\b|\\bsee (?:it|the (?:unit|apartment|place|property))\\b|\\b(?:come|stop) by\\b"
            + "|\\bappointment\\b|\\bwalk-?through\\b");

    private static final Pattern ANY_MONTH = Pattern.compile("\\b" + TextMasks.MONTH + "\\b");

    /**
     * "sometime in the spring", "early summer", "fall 2027". "Spring" needs "the", "this", "next", "early"... or a year
     * (Spring is also a town), and "fall" at least a word before it ("fall" is also a verb).
     */
    private static final String SEASON = "\\b(?:(in|by|around|for|before|until|this|next|coming)\\s+)?(the\\s+)?"
            + "(?:(early|mid|late|end of)[\\s-]+(?:the\\s+)?)?(spring|summer|fall|autumn|winter)\\b"
            + "(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?";
    private static final Map<String, Integer> SEASON_START = Map.of("spring", 3, "summer", 6, "fall", 9, "autumn", 9,
            "winter", 12);

    private static final Map<String, Integer> COUNTS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "a couple", 2, "a couple of", 2, "a few", 3);

    /** Most specific first: each rule blanks what it matched, so "first week of August" is not also "August". */
    private static final List<Rule> RULES = List.of(
            new Rule(Gate.DIGIT, "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b", false,
                    (m, ref) -> LocalDate.of(num(m, 1), num(m, 2), num(m, 3))),
            new Rule(Gate.DIGIT, "\\b(\\d{1,2})/(\\d{1,2})/(\\d{2,4})\\b", false,
                    (m, ref) -> LocalDate.of(fullYear(num(m, 3)), num(m, 1), num(m, 2))),
            new Rule(Gate.MONTH, "\\b" + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})\\b", false,
                    (m, ref) -> LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2))),
            new Rule(Gate.MONTH, "\\b(?:the )?(?:end|late|last day)[\\s-](?:of )?" + MONTH + ",?\\s+(\\d{4})\\b", false,
                    (m, ref) -> YearMonth.of(num(m, 2), month(m.group(1))).atEndOfMonth()),
            new Rule(Gate.MONTH, "\\b(?:mid|the middle of|middle of)[\\s-]" + MONTH + ",?\\s+(\\d{4})\\b", false,
                    (m, ref) -> LocalDate.of(num(m, 2), month(m.group(1)), 15)),
            new Rule(Gate.MONTH, "\\b" + MONTH + ",?\\s+(\\d{4})\\b", false,
                    (m, ref) -> LocalDate.of(num(m, 2), month(m.group(1)), 1)),
            new Rule(Gate.MONTH,
                    "\\b(first|1st|second|2nd|third|3rd|fourth|4th|last) week (?:of|in) " + MONTH + "\\b", false,
                    (m, ref) -> weekOf(m.group(1), next(YearMonth.of(ref.getYear(), month(m.group(2))), ref))),
            new Rule(Gate.MONTH, "\\b(?:the )?(?:end|late|last day)[\\s-](?:of )?" + MONTH + "\\b", false,
                    (m, ref) -> rollMonthEnd(month(m.group(1)), ref)),
            new Rule(Gate.MONTH, "\\b(?:the )?(?:beginning|start|first|early)[\\s-](?:of )?" + MONTH + "\\b", false,
                    (m, ref) -> rollDate(month(m.group(1)), 1, ref)),
            new Rule(Gate.MONTH, "\\b(?:mid|the middle of|middle of)[\\s-]" + MONTH + "\\b", false,
                    (m, ref) -> rollDate(month(m.group(1)), 15, ref)),
            new Rule(Gate.MONTH, "\\b" + MONTH + "\\s+" + DAY + "\\b(?!\\s*(?:bed|br|bd|people|pets|dogs|cats))", false,
                    (m, ref) -> rollDate(month(m.group(1)), num(m, 2), ref)),
            new Rule(Gate.MONTH, "\\b(?:the )?" + DAY + " (?:of )?" + MONTH + "\\b", false,
                    (m, ref) -> rollDate(month(m.group(2)), num(m, 1), ref)),
            new Rule(Gate.DIGIT,
                    "(?<![\\w/$])(\\d{1,2})/(\\d{1,2})\\b(?!/|\\s*(?:unit|apartment|apt|floor ?plan|layout|bath))",
                    false, (m, ref) -> rollDate(num(m, 1), num(m, 2), ref)),
            new Rule(Gate.words("end of"), "\\b(?:the )?end of (?:the|this) month\\b", false,
                    (m, ref) -> YearMonth.from(ref).atEndOfMonth()),
            new Rule(Gate.words("end of next month"), "\\b(?:the )?end of next month\\b", false,
                    (m, ref) -> YearMonth.from(ref).plusMonths(1).atEndOfMonth()),
            new Rule(Gate.words("next month"), "\\bnext month\\b", false,
                    (m, ref) -> YearMonth.from(ref).plusMonths(1).atDay(1)),
            new Rule(Gate.words("in "),
                    "\\bin (a|one|two|three|four|five|six|a couple(?: of)?|a few|\\d{1,2}) (days?|weeks?|months?)\\b",
                    false, MoveDateExtractor::inPeriod),
            new Rule(Gate.words("asap", "as soon as possible", "immediately"),
                    "\\b(?:asap|as soon as possible|immediately)\\b", false, (m, ref) -> ref),
            new Rule(Gate.words("right away", "today"), "\\b(?:right away|today)\\b", true, (m, ref) -> ref),
            new Rule(Gate.words("tomorrow"), "\\btomorrow\\b", true, (m, ref) -> ref.plusDays(1)),
            new Rule(Gate.words("this weekend"), "\\bthis weekend\\b", false, (m, ref) -> thisWeekend(ref)),
            new Rule(Gate.words("next weekend"),
                    "\\bnext weekend\\b", false, (m, ref) -> thisWeekend(ref).plusWeeks(1)),
            new Rule(Gate.words("next week"),
                    "\\bnext week\\b", false, (m, ref) -> ref.with(TemporalAdjusters.next(DayOfWeek.MONDAY))),
            new Rule(Gate.MONTH,
                    "\\b(?:in|by|for|around|starting|from|until|before|after)\\s+" + MONTH + "\\b(?!\\s*\\d)", false,
                    (m, ref) -> monthOnly(month(m.group(1)), ref)),
            new Rule(Gate.words("spring", "summer", "fall", "autumn", "winter"), SEASON, false,
                    MoveDateExtractor::season));

    LocalDate extract(String lowerText, LocalDate referenceDate) {
        String remaining = lowerText;
        boolean hasDigit = TextMasks.hasDigit(lowerText);
        boolean hasMonth = ANY_MONTH.matcher(lowerText).find();
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.gate().open(lowerText, hasDigit, hasMonth)) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(remaining);
            StringBuilder blanked = null;
            while (matcher.find()) {
                blanked = TextMasks.blank(blanked == null ? new StringBuilder(remaining) : blanked, matcher);
                String clause = TextMasks.clauseAround(lowerText, matcher.start());
                boolean aboutMoving = MOVE_CLAUSE.matcher(clause).find();
                boolean aboutTour = TOUR_CLAUSE.matcher(clause).find();
                LocalDate date = resolve(rule, matcher, referenceDate);
                if (date != null && (aboutMoving || !(aboutTour || rule.needsMoveWord()))) {
                    candidates.add(new Candidate(matcher.start(), date, aboutMoving));
                }
            }
            if (blanked != null) {
                remaining = blanked.toString();
            }
        }
        return candidates.stream()
                .min(Comparator.comparing((Candidate c) -> !c.aboutMoving()).thenComparingInt(Candidate::position))
                .map(Candidate::date)
                .orElse(null);
    }

    private static LocalDate resolve(Rule rule, Matcher matcher, LocalDate referenceDate) {
        try {
            return rule.resolver().apply(matcher, referenceDate);
        } catch (DateTimeException impossibleDate) {
            return null;
        }
    }

    /** The month and day this year, or next year when that is already past. */
    private static LocalDate rollDate(int month, int day, LocalDate ref) {
        LocalDate date = LocalDate.of(ref.getYear(), month, day);
        return date.isBefore(ref) ? LocalDate.of(ref.getYear() + 1, month, day) : date;
    }

    private static LocalDate rollMonthEnd(int month, LocalDate ref) {
        return next(YearMonth.of(ref.getYear(), month), ref).atEndOfMonth();
    }

    /** The month's first occurrence that has not ended yet. */
    private static YearMonth next(YearMonth candidate, LocalDate ref) {
        return candidate.isBefore(YearMonth.from(ref)) ? candidate.plusYears(1) : candidate;
    }

    private static LocalDate monthOnly(int month, LocalDate ref) {
        YearMonth yearMonth = next(YearMonth.of(ref.getYear(), month), ref);
        return yearMonth.equals(YearMonth.from(ref)) ? ref : yearMonth.atDay(1);
    }

    /**
     * The first day of the season's first month (its second for "mid", third for "late"), in the year given or the
     * season's next occurrence; today when the season is on now and nothing narrows it.
     */
    private static LocalDate season(Matcher m, LocalDate ref) {
        String lead = m.group(1);
        String modifier = m.group(3);
        String season = m.group(4);
        String year = m.group(5);
        boolean narrowed = m.group(2) != null || modifier != null || year != null;
        boolean meansTheSeason = switch (season) {
            // "in Spring" and "around Spring" are the town; "this spring" and "the spring" are the season
            case "spring" -> narrowed || lead != null && List.of("this", "next", "coming").contains(lead);
            // "fall" is a verb too
            case "fall" -> narrowed || lead != null;
            default -> true;
        };
        if (!meansTheSeason) {
            return null;
        }
        int offset = modifier == null || modifier.equals("early") ? 0 : modifier.equals("mid") ? 1 : 2;
        YearMonth start = YearMonth.of(year != null ? Integer.parseInt(year) : ref.getYear(), SEASON_START.get(season));
        YearMonth month = start.plusMonths(offset);
        if (year != null) {
            return month.atDay(1);
        }
        YearMonth now = YearMonth.from(ref);
        YearMonth latestStart = now.isBefore(start) ? start.minusYears(1) : start;
        if (now.isBefore(latestStart.plusMonths(3)) && !"next".equals(lead)) {
            YearMonth wanted = latestStart.plusMonths(offset);
            return wanted.isAfter(now) ? wanted.atDay(1) : ref;
        }
        return next(month, ref).atDay(1);
    }

    private static LocalDate weekOf(String which, YearMonth yearMonth) {
        return switch (which) {
            case "second", "2nd" -> yearMonth.atDay(8);
            case "third", "3rd" -> yearMonth.atDay(15);
            case "fourth", "4th" -> yearMonth.atDay(22);
            case "last" -> yearMonth.atEndOfMonth().minusDays(6);
            default -> yearMonth.atDay(1);
        };
    }

    private static LocalDate inPeriod(Matcher matcher, LocalDate ref) {
        String count = matcher.group(1);
        int amount = count.matches("\\d+") ? Integer.parseInt(count) : COUNTS.get(count);
        String unit = matcher.group(2);
        if (unit.startsWith("day")) {
            return ref.plusDays(amount);
        }
        return unit.startsWith("week") ? ref.plusWeeks(amount) : ref.plusMonths(amount);
    }

    /** The coming Saturday, or the weekend day the message was written on. */
    private static LocalDate thisWeekend(LocalDate ref) {
        return ref.getDayOfWeek() == DayOfWeek.SUNDAY ? ref : ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    private static int month(String name) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(name.substring(0, 3))) {
                return month.getValue();
            }
        }
        throw new DateTimeException("Not a month: " + name);
    }

    private static int num(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    private static int fullYear(int year) {
        return year < 100 ? 2000 + year : year;
    }

    /**
     * What a text must contain for a rule to be worth running (a digit, a month name or one of some words): most
     * messages name no date at all, and these checks are far cheaper than the rules' regexes.
     */
    private record Gate(boolean digit, boolean month, List<String> words) {
        static final Gate DIGIT = new Gate(true, false, List.of());
        static final Gate MONTH = new Gate(false, true, List.of());

        static Gate words(String... words) {
            return new Gate(false, false, List.of(words));
        }

        boolean open(String lowerText, boolean hasDigit, boolean hasMonth) {
            if (digit || month) {
                return digit ? hasDigit : hasMonth;
            }
            return words.stream().anyMatch(lowerText::contains);
        }
    }

    private record Rule(Gate gate, Pattern pattern, boolean needsMoveWord,
                        BiFunction<Matcher, LocalDate, LocalDate> resolver) {
        Rule(Gate gate, String regex, boolean needsMoveWord, BiFunction<Matcher, LocalDate, LocalDate> resolver) {
            this(gate, Pattern.compile(regex), needsMoveWord, resolver);
        }
    }

    private record Candidate(int position, LocalDate date, boolean aboutMoving) {
    }
}
