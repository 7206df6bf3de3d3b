package com.leadtolease.text.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the sentence around a position holds a cue word, answered from one pass over the text: the sentence ends
 * and the cue words are found once, then each question is two binary searches. Asking per number with a fresh scan
 * of its sentence was quadratic on a long run of numbers.
 */
final class CuedSentences {

    private final int[] separatorStarts;
    private final int[] separatorEnds;
    private final int[] cueStarts;
    private final int[] cueEnds;
    private final int length;

    CuedSentences(String text, Pattern sentenceEnd, Pattern cue) {
        int[][] separators = matches(sentenceEnd, text);
        int[][] cues = matches(cue, text);
        this.separatorStarts = separators[0];
        this.separatorEnds = separators[1];
        this.cueStarts = cues[0];
        this.cueEnds = cues[1];
        this.length = text.length();
    }

    /** True when a cue lies wholly inside the sentence that holds {@code index}. */
    boolean cuedAt(int index) {
        int next = firstAbove(separatorEnds, index);
        int start = next == 0 ? 0 : separatorEnds[next - 1];
        int end = next < separatorStarts.length ? Math.max(start, separatorStarts[next]) : length;
        int cue = firstAbove(cueStarts, start - 1);
        return cue < cueStarts.length && cueStarts[cue] < end && cueEnds[cue] <= end;
    }

    /** The first position of {@code sorted} (strictly increasing) whose value is greater than {@code value}. */
    private static int firstAbove(int[] sorted, int value) {
        int found = Arrays.binarySearch(sorted, value + 1);
        return found >= 0 ? found : -found - 1;
    }

    private static int[][] matches(Pattern pattern, String text) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        int[][] spans = new int[2][found.size()];
        for (int i = 0; i < found.size(); i++) {
            spans[0][i] = found.get(i)[0];
            spans[1][i] = found.get(i)[1];
        }
        return spans;
    }
}
