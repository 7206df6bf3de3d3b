package com.leadtolease.text.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the most a prospect will pay per month. A number counts when it looks like money ($, k, "grand", spelled
 * out), is said per month, sits next to a budget word ("under", "around", "max", "tops" …), or is in a sentence about
 * the budget. Ranges give their upper bound. Dates, times, phones, addresses, unit numbers, sizes and incomes never
 * count; neither do small numbers such as bedroom counts.
 */
final class BudgetExtractor {

    private static final int MIN_RENT = 300;
    private static final int MAX_RENT = 20_000;

    private static final String MULTIPLIER = "\\s?(?:k|thousand|grand)\\b";
    private static final String AMOUNT = "\\$?\\s?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:" + MULTIPLIER + ")?";
    private static final String NOT_BEFORE = "(?<![\\w.,$/:#-])";
    private static final String NOT_AFTER = "(?![\\w:%]|[.,/]\\d)";

    private static final Pattern SPELLED_OUT = Pattern.compile(NumberWords.LARGE_AMOUNT);
    private static final Pattern RANGE = Pattern.compile(
            NOT_BEFORE + "(?:(between|from)\\s+)?(" + AMOUNT + ")\\s*(-|to|and)\\s*(" + AMOUNT + ")" + NOT_AFTER);
    private static final Pattern SINGLE = Pattern.compile(NOT_BEFORE + "(" + AMOUNT + ")" + NOT_AFTER);
    private static final Pattern HAS_MULTIPLIER = Pattern.compile(MULTIPLIER + "$");

    private static final Pattern CUE_BEFORE = Pattern.compile("(?:(?:\\b(?:budget|budgt|budjet|rent|afford|spend|pay|paying|price"
            + "|pricing|max|maximum|under|undr|unde|below|less than|lower than|cheaper than|no more than|not more than"
            + "|no higher than|not over|nothing over|up to|upto|at most|around|about|approximately|approx|roughly|cap"
            + "|limit|ceiling|range|target|ideally)\\b)|~)[a-z\\s':]{0,25}$");
    private static final Pattern CUE_AFTER = Pattern.compile("^\\s*(?:tops|max(?:imum)?|or (?:less|under|below|lower"
            + "|cheaper)|at (?:the )?most|is (?:my|the|our) (?:max(?:imum)?|budget|limit|cap|ceiling)|budget|range)\\b");
    private static final Pattern PER_MONTH = Pattern.compile(
            "^\\s*(?:/\\s*(?:mo|month|mth|m)\\b|(?:a|per|each|every|/)\\s*(?:month|mo)\\b|monthly|pm\\b|p/m\\b)");
    private static final Pattern BUDGET_SENTENCE = Pattern.compile(
            "\\b(?:budget|afford|price range|rent range|spend)\\b");
    private static final Pattern NOT_RENT_BEFORE = Pattern.compile("(?:\\b(?:deposit|fees?|income|salary|make|makes"
            + "|making|earn|earns|earning|paycheck|score)\\b[\\w\\s':$]{0,15}|\\b(?:apt|apartment|unit|suite|ste|room"
            + "|number|zip|zip code|zipcode)\\s*#?\\s*)$");
    private static final Pattern NOT_RENT_AFTER = Pattern.compile("^\\s*(?:sq|square|sqft|sf|ft|feet|foot|miles?|mi"
            + "|minutes?|mins?|hours?|hrs?|people|residents|units|credit|score|points|lbs?|pounds)\\b");

    /**
     * How far around an amount its cues are looked for: bounded, so each amount costs the same however long the text
     * (unbounded, a 10,000-character run of numbers was read in over a second).
     */
    private static final int BEFORE_REACH = 40;
    /** A message states its budget among its first numbers; a run of thousands is not an inquiry, so it costs no more. */
    private static final int MAX_AMOUNTS = 64;
    private static final int AFTER_REACH = 60;

    Integer extract(String lowerText) {
        String spelledOut = spellOutToDollars(lowerText);
        if (!TextMasks.hasDigit(spelledOut)) {
            return null;
        }
        String text = TextMasks.maskNonQuantities(spelledOut);
        List<Integer> amounts = new ArrayList<>();
        Matcher range = RANGE.matcher(text);
        StringBuilder withoutRanges = new StringBuilder(text);
        while (range.find()) {
            readRange(text, range).ifPresent(amounts::add);
            TextMasks.blank(withoutRanges, range);
        }
        String rest = withoutRanges.toString();
        CuedSentences budgetSentences = new CuedSentences(rest, TextMasks.SENTENCE_END, BUDGET_SENTENCE);
        Matcher single = SINGLE.matcher(rest);
        for (int examined = 0; examined < MAX_AMOUNTS && single.find(); examined++) {
            int amount = amount(single.group(1));
            if (isRent(amount, single.group(1), rest, single.start(), single.end(), budgetSentences)) {
                amounts.add(amount);
            }
        }
        return amounts.isEmpty() ? null : Collections.max(amounts);
    }

    private static String spellOutToDollars(String text) {
        if (!text.contains("hundred") && !text.contains("thousand") && !text.contains("grand")) {
            return text; // every spelled-out amount names one of these
        }
        Matcher matcher = SPELLED_OUT.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, "\\$" + NumberWords.parse(matcher.group()));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static Optional<Integer> readRange(String text, Matcher range) {
        String lowText = range.group(2);
        String highText = range.group(4);
        if (range.group(3).equals("and") && range.group(1) == null) {
            return Optional.empty();
        }
        int low = amount(lowText);
        int high = amount(highText);
        if (low < 100 && !HAS_MULTIPLIER.matcher(lowText).find() && HAS_MULTIPLIER.matcher(highText).find()) {
            low = amount(lowText + "k");
        }
        boolean plausible = MIN_RENT <= low && low < high && high <= MAX_RENT
                && !(isYear(lowText, low) && isYear(highText, high))
                && !NOT_RENT_AFTER.matcher(after(text, range.end())).find()
                && !NOT_RENT_BEFORE.matcher(before(text, range.start())).find();
        return plausible ? Optional.of(high) : Optional.empty();
    }

    private static boolean isRent(int amount, String written, String text, int start, int end,
                                  CuedSentences budgetSentences) {
        if (amount < MIN_RENT || amount > MAX_RENT) {
            return false;
        }
        String before = before(text, start);
        String after = after(text, end);
        if (NOT_RENT_BEFORE.matcher(before).find() || NOT_RENT_AFTER.matcher(after).find()) {
            return false;
        }
        boolean money = written.contains("$") || HAS_MULTIPLIER.matcher(written).find();
        boolean perMonth = PER_MONTH.matcher(after).find();
        if (money || perMonth) {
            return true;
        }
        return !isYear(written, amount)
                && (CUE_BEFORE.matcher(before).find() || CUE_AFTER.matcher(after).find()
                || budgetSentences.cuedAt(start));
    }

    /** The words just before an amount, where its cue ("budget is", "deposit of") stands. */
    private static String before(String text, int start) {
        return text.substring(Math.max(0, start - BEFORE_REACH), start);
    }

    /** The words just after an amount, where its unit or cue stands ("/mo", "tops", "sq ft"). */
    private static String after(String text, int end) {
        return text.substring(end, Math.min(text.length(), end + AFTER_REACH));
    }

    /** A plain four-digit number in the years people move in, e.g. "2026"; "$2,026" and "2026/mo" are not years. */
    private static boolean isYear(String written, int amount) {
        return written.matches("\\d{4}") && amount >= 2020 && amount <= 2039;
    }

    /** Whole dollars of "$1,800", "1.5k", "2 grand" … */
    private static int amount(String written) {
        double value = Double.parseDouble(written.replaceAll("[$,\\s]|[a-z]+$", ""));
        return (int) Math.round(HAS_MULTIPLIER.matcher(written).find() ? value * 1000 : value);
    }
}
