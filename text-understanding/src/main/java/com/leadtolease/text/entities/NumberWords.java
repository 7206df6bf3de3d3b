package com.leadtolease.text.entities;

import java.util.Map;

/** Reads spelled-out numbers such as "two thousand five hundred", "fifteen hundred" or "two grand". */
final class NumberWords {

    static final String SMALL = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety)";

    private static final String ANY = "(?:" + SMALL + "|hundred|thousand|grand)";

    /** A spelled-out amount that names hundreds or thousands ("a thousand", "twenty-two hundred", "two grand"). */
    static final String LARGE_AMOUNT = "\\b(?:a|" + SMALL + ")(?:[\\s-]+(?:and[\\s-]+)?" + ANY + ")*"
            + "[\\s-]+(?:hundred|thousand|grand)(?:[\\s-]+(?:and[\\s-]+)?" + SMALL + "(?:[\\s-]+hundred)?)*\\b";

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private NumberWords() {
    }

    /** The value of a lower-case phrase matched by {@link #LARGE_AMOUNT} or a single word of {@link #SMALL}. */
    static int parse(String phrase) {
        int total = 0;
        int current = 0;
        for (String word : phrase.split("[\\s-]+")) {
            switch (word) {
                case "a", "and" -> {
                    // "a thousand" is one thousand: hundred and thousand count a missing multiplier as one
                }
                case "hundred" -> current = Math.max(current, 1) * 100;
                case "thousand", "grand" -> {
                    total += Math.max(current, 1) * 1000;
                    current = 0;
                }
                default -> current += VALUES.getOrDefault(word, 0);
            }
        }
        return total + current;
    }
}
