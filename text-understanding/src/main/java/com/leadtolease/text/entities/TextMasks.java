package com.leadtolease.text.entities;

import com.leadtolease.text.pii.PiiPatterns;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared by the extractors: blanking spans (keeping offsets) and finding the sentence or clause around an offset. */
final class TextMasks {

    static final String MONTH = "(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug"
            + "|september|sept|sep|october|oct|november|nov|december|dec)";

    /**
     * Emails, phones, addresses, dates and clock times: the numbers in them are never amounts or counts. Every one but
     * the email needs a digit, which {@link PiiPatterns#mayMatch} checks before the regex runs.
     */
    private static final List<Pattern> NOT_QUANTITIES = List.of(
            PiiPatterns.EMAIL,
            PiiPatterns.PHONE,
            PiiPatterns.ADDRESS,
            Pattern.compile("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b"),
            Pattern.compile("\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b"),
            Pattern.compile("\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?"),
            Pattern.compile("\\b" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b"),
            Pattern.compile("\\b" + MONTH + "\\.?,?\\s+\\d{4}\\b"),
            Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+\\d{4})?"));

    static final Pattern SENTENCE_END = Pattern.compile("[.!?;](?=\\s|$)|\\n");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;,](?=\\s|$)|\\n|\\s(?:and|but|then)\\s");

    private TextMasks() {
    }

    /** {@code lowerText} with every non-quantity span replaced by spaces of the same length. */
    static String maskNonQuantities(String lowerText) {
        String masked = lowerText;
        for (Pattern pattern : NOT_QUANTITIES) {
            if (PiiPatterns.mayMatch(pattern, masked)) {
                masked = blank(pattern, masked);
            }
        }
        return masked;
    }

    static String blank(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder result = new StringBuilder(text);
        do {
            blank(result, matcher);
        } while (matcher.find());
        return result.toString();
    }

    /** Blanks the current match of {@code matcher} in {@code text}; for callers that look at each match anyway. */
    static StringBuilder blank(StringBuilder text, Matcher matcher) {
        for (int i = matcher.start(); i < matcher.end(); i++) {
            text.setCharAt(i, ' ');
        }
        return text;
    }

    private static final int SPAN_REACH = 240;

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The clause (sentence part between commas, "and", "but", "then") of {@code text} that contains {@code index}. */
    static String clauseAround(String text, int index) {
        return spanAround(CLAUSE_END, text, index);
    }

    /**
     * Looks no further than {@value #SPAN_REACH} characters either side: a clause is never longer, and an unbounded
     * scan per date made a long run of dates quadratic.
     */
    private static String spanAround(Pattern separator, String text, int index) {
        int from = Math.max(0, index - SPAN_REACH);
        int start = from;
        Matcher end = separator.matcher(text).region(from, Math.min(text.length(), index + SPAN_REACH))
                .useTransparentBounds(true).useAnchoringBounds(false);
        while (end.find()) {
            if (end.end() > index) {
                return text.substring(start, Math.max(start, end.start()));
            }
            start = end.end();
        }
        return text.substring(start, Math.min(text.length(), index + SPAN_REACH));
    }
}
