package com.leadtolease.platform.outbox;

import java.util.HashSet;
import java.util.Set;

/**
 * What one round holds back after a send that failed for a reason that may pass: the aggregates (subjects, the record
 * keys) whose later events must not overtake the failed one, and the documents left with such events, which the
 * round's further batches skip instead of sending them again.
 */
final class HeldBack {

    private final Set<String> subjects = new HashSet<>();
    private final Set<String> documents = new HashSet<>();

    void hold(String documentId, String subject) {
        subjects.add(subject);
        documents.add(documentId);
    }

    /** True when an earlier event of this aggregate is held back; the document waits along with it. */
    boolean holds(String documentId, String subject) {
        if (!subjects.contains(subject)) {
            return false;
        }
        documents.add(documentId);
        return true;
    }

    boolean isEmpty() {
        return subjects.isEmpty();
    }

    Set<String> documents() {
        return documents;
    }
}
