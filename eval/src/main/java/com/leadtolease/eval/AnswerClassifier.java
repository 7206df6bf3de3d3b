package com.leadtolease.eval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sorts an answer to a question: correct from data (every expected substring, none of the forbidden ones), honestly
 * deferred (says it does not know / hands to the leasing team, and states nothing forbidden), or wrong. A question
 * labelled "defer" has no right data answer: anything but a deferral is wrong (an invented answer).
 */
public final class AnswerClassifier {

    public enum Verdict { CORRECT, DEFERRED, WRONG }

    /** How the agent says it will not answer itself: no data, won't guess, the leasing team will, or a hand-off. */
    private static final Pattern DEFERRAL = Pattern.compile("(?i)\\b(i don'?t have|i do not have|won'?t guess|"
            + "not in my details|i'?m not sure|leasing team (can|will) (tell|answer|confirm|send|help)|"
            + "bringing in a member|talk to a person|answered personally|can'?t answer|cannot answer)");

    private AnswerClassifier() {
    }

    private static boolean isDeferral(String reply, boolean handoff) {
        return handoff || DEFERRAL.matcher(reply == null ? "" : reply).find();
    }

    public static Verdict classify(String expect, List<String> mustContain, List<String> mustNotContain,
                                   String reply, boolean handoff) {
        String text = reply == null ? "" : reply.toLowerCase(Locale.ROOT);
        if (mustNotContain.stream().anyMatch(forbidden -> text.contains(forbidden.toLowerCase(Locale.ROOT)))) {
            return Verdict.WRONG;
        }
        boolean deferred = isDeferral(reply, handoff);
        if ("defer".equals(expect)) {
            return deferred ? Verdict.DEFERRED : Verdict.WRONG;
        }
        boolean allThere = !text.isBlank()
                && mustContain.stream().allMatch(expected -> text.contains(expected.toLowerCase(Locale.ROOT)));
        if (allThere) {
            return Verdict.CORRECT;
        }
        return deferred ? Verdict.DEFERRED : Verdict.WRONG;
    }
}
