package com.leadtolease.agent.policy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "the second one", "#2", "option 3", "the last one", "2" → a 0-based position in a list of {@code size}. */
final class Ordinals {

    private static final Pattern WORD = Pattern.compile("\\b(first|1st|second|2nd|third|3rd|last)\\b");
    private static final Pattern NUMBERED = Pattern.compile("(?:#|\\boption\\s*|\\bnumber\\s*|\\bno\\.?\\s*)([1-9])\\b");
    private static final Pattern BARE = Pattern.compile("^\\s*(?:the\\s+)?([1-9])(?:\\s*(?:please|pls))?[.!]?\\s*$");

    private Ordinals() {
    }

    static Optional<Integer> find(String text, int size) {
        String lower = text.toLowerCase(Locale.ROOT);
        Integer index = null;
        Matcher word = WORD.matcher(lower);
        if (word.find()) {
            index = switch (word.group(1)) {
                case "first", "1st" -> 0;
                case "second", "2nd" -> 1;
                case "third", "3rd" -> 2;
                default -> size - 1;
            };
        } else {
            Matcher numbered = NUMBERED.matcher(lower);
            Matcher bare = BARE.matcher(lower);
            if (numbered.find()) {
                index = Integer.parseInt(numbered.group(1)) - 1;
            } else if (bare.find()) {
                index = Integer.parseInt(bare.group(1)) - 1;
            }
        }
        return index != null && index >= 0 && index < size ? Optional.of(index) : Optional.empty();
    }
}
