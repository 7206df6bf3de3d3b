package com.leadtolease.text.entities;

import com.leadtolease.text.cue.CuedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a self-introduction: "my name is Ana Lopez", "I'm Ana", "this is John Smith", "Ana here". After "I'm" and
 * "this is" the name must be capitalized and not an ordinary word, so "I'm looking" or "This is Great" give nothing.
 */
final class NameExtractor {

    private static final String WORD = "\\p{L}[\\p{L}'-]*";
    private static final String CAPITALIZED_WORD = "\\p{Lu}[\\p{L}'-]*";

    /** Cues are checked on the lower-cased text, the patterns on the text as written (capitals matter). */
    private static final List<CuedPattern> INTRODUCTIONS = List.of(
            CuedPattern.of(List.of("name"),
                    "(?i:\\bmy name is|\\bmy name's|\\bname is|\\bname:)\\s+(" + WORD + "(?:\\s+" + WORD + ")?)"),
            CuedPattern.of(List.of("llamo", "nombre"),
                    "(?i:\\bme llamo|\\bmi nombre es)\\s+(" + WORD + "(?:\\s+" + WORD + ")?)"),
            CuedPattern.of(List.of("i'm", "im", "i am", "this is"),
                    "(?i:\\bi'?m|\\bi am|\\bthis is)\\s+(" + CAPITALIZED_WORD + "(?:\\s+" + CAPITALIZED_WORD + ")?)"),
            CuedPattern.of(List.of("here"),
                    "(?:(?i:\\b(?:hi|hello|hey)\\b)[,!]?\\s+|^|[.!?,;]\\s*)(" + CAPITALIZED_WORD + "(?:\\s+"
                    + CAPITALIZED_WORD + ")?)\\s+(?i:here)\\b"),
            // A signature: a sign-off (or a dash) and a name that ends the message or is followed by contact details,
            // as written or already redacted ("[PHONE]").
            CuedPattern.of(List.of("thank", "thx", "regards", "best", "cheers", "sincerely", "warmly", "-", "\u2014",
                            "~"),
                    "(?:(?i:\\b(?:thanks|thank you|thx|regards|best|cheers|sincerely|warmly))[,!.]?|(?:^|\\s)[-\u2014~]+)"
                    + "\\s*(" + CAPITALIZED_WORD + "(?:\\s+" + CAPITALIZED_WORD + ")?)"
                    + "(?=\\s*(?:$|[,;(\\n\\[]|\\+?\\d|\\S+@)|\\s+(?i:and)\\s)"));

    private static final Set<String> NOT_NAMES = Set.of(
            "a", "an", "the", "and", "or", "but", "so", "is", "me", "my", "i", "it", "its", "that", "this", "there",
            "here", "who", "what", "your", "his", "her", "their", "our", "someone", "anyone", "everyone", "nobody",
            "somebody", "all", "both", "just", "not", "very", "also", "only", "still", "already", "currently",
            "actually", "really", "pretty", "super", "totally", "definitely", "sure", "well", "looking", "interested",
            "moving", "relocating", "trying", "hoping", "working", "coming", "going", "gonna", "planning", "wondering",
            "curious", "asking", "calling", "writing", "reaching", "texting", "checking", "following", "responding",
            "replying", "contacting", "inquiring", "needing", "wanting", "considering", "applying", "thinking",
            "traveling", "travelling", "available", "free", "ready", "good", "fine", "great", "ok", "okay", "new",
            "open", "flexible", "sorry", "glad", "happy", "excited", "single", "married", "retired", "employed",
            "student", "approved", "back", "done", "out", "off", "about", "around", "from", "in", "at", "on", "with",
            "by", "for", "to", "regarding", "able", "unable", "unsure", "confused", "home", "away", "hi", "hello",
            "hey", "thanks", "thank", "perfect", "awesome", "yes", "no", "yeah", "yep", "nope", "leasing", "agent",
            "manager", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "hispanic",
            "latino", "latina", "black", "white", "asian", "mexican", "american", "indian", "african", "christian",
            "muslim", "jewish", "catholic", "disabled", "deaf", "blind", "pregnant", "veteran", "gay", "nurse",
            "teacher", "doctor", "engineer");

    String extract(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (CuedPattern introduction : INTRODUCTIONS) {
            if (!introduction.mayMatch(lower)) {
                continue;
            }
            Matcher matcher = introduction.pattern().matcher(text);
            while (matcher.find()) {
                String name = cleanName(matcher.group(1));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Drops trailing ordinary words ("ana and" → "Ana"); null when the first word is not a name. */
    private static String cleanName(String candidate) {
        List<String> words = new ArrayList<>();
        for (String word : candidate.split("\\s+")) {
            if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            words.add(capitalize(word));
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private static String capitalize(String word) {
        return word.equals(word.toLowerCase(Locale.ROOT))
                ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)
                : word;
    }
}
