package com.leadtolease.ingestion.domain;

import java.time.Instant;
import java.util.List;

/**
 * A thread ready to store: its messages, their source rows and the thread document's fields.
 *
 * @param threadId    {@code <format>-<content hash prefix>}: the same content always gets the same id
 * @param labels      every stage its messages were labelled with, in stage order
 * @param stage       the furthest stage the thread reached
 */
public record ProcessedThread(String threadId, String contentHash, String source, String sourceFile,
                              String sourceThreadId, LeadProfile leadProfile, List<String> labels, String stage,
                              Instant firstMessageAt, Instant lastMessageAt, String summary,
                              List<StoredMessage> messages, List<RawMessage> rawMessages) {
}
