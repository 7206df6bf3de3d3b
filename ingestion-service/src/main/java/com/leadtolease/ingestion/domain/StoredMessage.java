package com.leadtolease.ingestion.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message as stored in {@code messages}: personal data replaced by placeholders, hashed in {@code piiHashes}.
 *
 * @param id        {@code <threadId>:<turnIndex>}
 * @param timestamp null when the source's timestamp could not be read
 */
public record StoredMessage(String id, String threadId, int turnIndex, String role, String cleanText,
                            Instant timestamp, String stage, double stageConfidence, MessageEntities entities,
                            Map<String, List<String>> piiHashes, String source, String sourceFile, long sourceLine) {

    /** The id of a thread's message (and of its raw message) at {@code turnIndex}. */
    public static String idOf(String threadId, int turnIndex) {
        return threadId + ":" + turnIndex;
    }
}
