package com.leadtolease.text.normalize;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans message text the same way for CSV ingestion and live chat: Unicode NFKC (fullwidth letters become ASCII),
 * one newline convention, plain punctuation, single spaces, no invisible characters, trimmed.
 */
public final class TextNormalizer {

    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?|[\u2028\u2029\u0085]");
    private static final Pattern INVISIBLE =
            Pattern.compile("[\u200B-\u200D\u2060\uFEFF\u00AD]|[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212\uFE58\uFE63]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\p{Zs}]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\n ?");

    /** Returns the normalized form of {@code text}; {@code null} becomes the empty string. */
    public String normalize(String text) {
        if (text == null) {
            return "";
        }
        if (isPlainAscii(text)) {
            return text.strip();
        }
        String result = LINE_BREAKS.matcher(text).replaceAll("\n");
        result = Normalizer.normalize(result, Normalizer.Form.NFKC);
        result = INVISIBLE.matcher(result).replaceAll("");
        result = SINGLE_QUOTES.matcher(result).replaceAll("'");
        result = DOUBLE_QUOTES.matcher(result).replaceAll("\"");
        result = DASHES.matcher(result).replaceAll("-");
        result = result.replace("\u2026", "...");
        result = HORIZONTAL_SPACE.matcher(result).replaceAll(" ");
        result = SPACE_AROUND_NEWLINE.matcher(result).replaceAll("\n");
        return result.strip();
    }

    /** Printable ASCII with single spaces: every step below would leave it as it is (the common case). */
    private static boolean isPlainAscii(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '`' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * True when {@code text} repeats {@code previous} once both are normalized (ignoring case): the check used to drop
     * consecutive duplicate messages. A blank text is never a duplicate.
     */
    public boolean isDuplicateOf(String text, String previous) {
        String current = normalize(text);
        return !current.isEmpty() && current.equalsIgnoreCase(normalize(previous));
    }
}
