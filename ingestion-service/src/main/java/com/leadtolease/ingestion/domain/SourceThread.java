package com.leadtolease.ingestion.domain;

import java.util.List;

/**
 * The messages of one conversation as they came in.
 *
 * @param sourceThreadId the thread id the source gave (thread_id column, JSON threadId), or null
 */
public record SourceThread(String sourceThreadId, List<SourceTurn> turns) {

    public SourceThread {
        turns = List.copyOf(turns);
    }

    public long firstLine() {
        return turns.isEmpty() ? 0 : turns.get(0).line();
    }
}
