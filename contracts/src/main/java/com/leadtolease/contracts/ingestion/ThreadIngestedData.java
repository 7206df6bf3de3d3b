package com.leadtolease.contracts.ingestion;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code threads.ingested}: one normalized historical thread with its PII-free messages, so
 * embedding-service can embed it without calling ingestion-service back.
 *
 * @param contentHash hash of the thread's normalized content; the same thread ingested again has the same hash
 */
public record ThreadIngestedData(
        String threadId,
        String source,
        String sourceFile,
        String stage,
        int messageCount,
        Instant firstMessageAt,
        Instant lastMessageAt,
        String summary,
        String contentHash,
        List<IngestedMessage> messages) {

    /** One message as embedding needs it: clean text only, never the original. */
    public record IngestedMessage(String messageId, int turnIndex, String role, String cleanText,
                                  Instant timestamp, String stage) {
    }
}
