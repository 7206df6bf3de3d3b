package com.leadtolease.text.cue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern and literal cues, one of which every match contains ("dog", "pup" … for dogs). Checking the cues with
 * {@link String#contains} first is far cheaper than running the regex, and most messages mention no pet, amenity or
 * stage phrase. Both are meant for lower-case text.
 */
public record CuedPattern(List<String> cues, Pattern pattern) {

    public static CuedPattern of(List<String> cues, String regex) {
        return new CuedPattern(List.copyOf(cues), Pattern.compile(regex));
    }

    /** False when no cue occurs in the text, so the pattern cannot match. */
    public boolean mayMatch(String lowerText) {
        for (String cue : cues) {
            if (lowerText.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    public boolean find(String lowerText) {
        return mayMatch(lowerText) && pattern.matcher(lowerText).find();
    }
}
