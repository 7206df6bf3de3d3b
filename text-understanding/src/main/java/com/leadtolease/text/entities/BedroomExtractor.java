package com.leadtolease.text.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bedroom count first mentioned: "studio" is 0, then "2BR", "two-bedroom", "3 bed", "1 bd", "2x2", and
 * web-form labels ("Bedrooms: 2", where 0 is a studio), and the Spanish "2 recámaras" / "habitaciones" / "dormitorios".
 */
final class BedroomExtractor {

    private static final Pattern BEDROOMS = Pattern.compile("\\b(?:(studio)s?|(\\d|one|two|three|four|five|six)"
            + "[\\s-]*(?:bed[\\s-]?rooms?|beds?|bdrms?|bdr|bds?|brs?|b/r|rec[a\u00e1]maras?|habitaciones|dormitorios)"
            + "|([1-6])\\s?x\\s?[1-5](?:\\.5)?"
            + "|(?:bed(?:room)?s?|bdrms?|brs?)(?: count)?\\s*[:=-]\\s*([0-6]))\\b");

    private static final List<String> COUNT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six");

    Integer extract(String lowerText) {
        if (!BEDROOMS.matcher(lowerText).find()) {
            return null; // masking only removes matches, so the cheaper unmasked check decides most messages
        }
        Matcher matcher = BEDROOMS.matcher(TextMasks.maskNonQuantities(lowerText));
        if (!matcher.find()) {
            return null;
        }
        if (matcher.group(1) != null) {
            return 0;
        }
        String count = firstNonNull(matcher.group(2), matcher.group(3), matcher.group(4));
        return count.matches("\\d") ? Integer.parseInt(count) : COUNT_WORDS.indexOf(count);
    }

    private static String firstNonNull(String... groups) {
        for (String group : groups) {
            if (group != null) {
                return group;
            }
        }
        throw new IllegalStateException("the pattern matched without a count");
    }
}
