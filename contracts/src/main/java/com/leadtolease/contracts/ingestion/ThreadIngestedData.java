package com.leadtolease.contracts.ingestion;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code threads.ingested}: one normalized historical thread with its PII-free messages, so
 * embedding-service can embed it without calling ingestion-service back.
 *
 * A thread too large for one Kafka record is published as several parts: each carries the thread's fields and a
 * slice of its messages (in turn order), with {@code part} i of {@code parts}. Both are absent on a thread sent whole.
 *
 * @param messageCount the whole thread's message count, also on each part
 * @param contentHash  hash of the thread's normalized content; the same thread ingested again has the same hash
 * @param part         1-based number of this part, or null when the thread is sent whole
 * @param parts        how many parts the thread was split into, or null when it is sent whole
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
        List<IngestedMessage> messages,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer part,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer parts) {

    /** A thread sent whole, in one event. */
    public ThreadIngestedData(String threadId, String source, String sourceFile, String stage, int messageCount,
                              Instant firstMessageAt, Instant lastMessageAt, String summary, String contentHash,
                              List<IngestedMessage> messages) {
        this(threadId, source, sourceFile, stage, messageCount, firstMessageAt, lastMessageAt, summary, contentHash,
                messages, null, null);
    }

    /** Part {@code part} of {@code parts}, carrying {@code slice} of this thread's messages. */
    public ThreadIngestedData asPart(int part, int parts, List<IngestedMessage> slice) {
        return new ThreadIngestedData(threadId, source, sourceFile, stage, messageCount, firstMessageAt,
                lastMessageAt, summary, contentHash, slice, part, parts);
    }

    /** True when this event carries only some of the thread's messages. */
    public boolean partial() {
        return parts != null && parts > 1;
    }

    /** One message as embedding needs it: clean text only, never the original. */
    public record IngestedMessage(String messageId, int turnIndex, String role, String cleanText,
                                  Instant timestamp, String stage) {
    }
}
