package com.leadtolease.text.pii;

import java.util.regex.Pattern;

/** The patterns that find personal data; entity extraction uses them too so it never reads a phone as a budget. */
public final class PiiPatterns {

    /**
     * RFC 5321 lengths bound every part (local part 64, labels 63, at most 8 labels), and a match starts only where a
     * local part can start, so no input makes the engine backtrack more than a few hundred steps per character:
     * the unbounded form took 2.3 s on "@" followed by 9,998 "%".
     */
    public static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\\.){1,8}[A-Za-z]{2,63}(?![\\w-])");

    /**
     * US numbers: optional +1, area code (in parentheses or not) and exchange starting 2–9, separators space, dot or
     * dash, or none at all. Dates (slashes), short numbers and prices never fit.
     */
    public static final Pattern PHONE = Pattern.compile(
            "(?<![\\w$+/.,-])(?:\\+?1[\\s.-]?)?(?:\\([2-9]\\d{2}\\)\\s?|[2-9]\\d{2}[\\s.-]?)"
                    + "[2-9]\\d{2}[\\s.-]?\\d{4}(?![\\w/-]|[.,]\\d)");

    private static final String SUFFIX = "(?:street|st|road|rd|avenue|ave|boulevard|blvd|drive|dr|lane|ln|way|court|ct"
            + "|place|pl|parkway|pkwy|highway|hwy|freeway|fwy|circle|cir|trail|trl|terrace|ter|loop|plaza|plz"
            + "|expressway|expy)";

    /**
     * Words that never belong to a street name, so "2 beds near Main St", "a 30 minute drive" and "a 2 bedroom place"
     * are not addresses.
     */
    private static final String NOT_A_STREET_WORD = "(?:at|near|in|on|by|and|or|to|for|from|of|off|with|the|a|an|i|we"
            + "|you|they|he|she|it|that|this|which|who|my|our|your|is|are|was|be|per|under|over|about|around|than"
            + "|minutes?|mins?|hours?|hrs?|miles?|mi|blocks?|days?|weeks?|months?|years?|stor(?:y|ies)|cars?"
            + "|bedrooms?|beds?|bdr?s?|brs?|baths?|bathrooms?|ba|bd)\\b";

    private static final String UNIT = "(?:,?\\s*(?:apt|apartment|unit|suite|ste|#)\\.?\\s*#?\\s*[A-Za-z0-9-]{1,6}\\b)?";

    private static final String CITY_STATE_ZIP =
            "(?:,?\\s*[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?,?\\s*(?:TX|Texas)\\b(?:\\s+\\d{5}(?:-\\d{4})?)?)?";

    /** A house number, one to four street-name words, a street suffix, then optional unit and "City, TX 77000". */
    public static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w$/.,-])\\d{1,6}[A-Za-z]?\\s+(?:(?!" + NOT_A_STREET_WORD + ")[A-Za-z0-9][A-Za-z0-9'.-]*\\s+){1,4}"
                    + SUFFIX + "\\b\\.?" + UNIT + CITY_STATE_ZIP,
            Pattern.CASE_INSENSITIVE);

    /** Every address ends its street name with one of these words, so a text without one skips the costly pattern. */
    private static final Pattern STREET_SUFFIX_WORD = Pattern.compile("\\b" + SUFFIX + "\\b", Pattern.CASE_INSENSITIVE);

    private PiiPatterns() {
    }

    /**
     * False when {@code pattern} (one of this class's or any pattern that needs a digit) cannot match {@code text}: a
     * check much cheaper than the regex, and most messages hold no email, phone number or address.
     */
    public static boolean mayMatch(Pattern pattern, String text) {
        if (pattern == EMAIL) {
            return text.indexOf('@') >= 0;
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                digits++;
            }
        }
        if (pattern == PHONE) {
            return digits >= 10;
        }
        return digits > 0 && (pattern != ADDRESS || STREET_SUFFIX_WORD.matcher(text).find());
    }
}
