package com.leadtolease.agent.client;

import java.time.Instant;
import java.util.List;

/** embedding-service's search request and answer, as far as the agent reads them. */
public final class EmbeddingViews {

    private EmbeddingViews() {
    }

    public record SearchRequest(String text, Integer k, Filters filters) {
    }

    /** Any of them null = not filtered. {@code role}: agent | lead. */
    public record Filters(String role, String stage, Instant since) {
    }

    /**
     * One similar historical message. {@code score} is the similarity with embedding-service's recency boost added;
     * {@code similarity} the plain cosine. {@code context}: the previous and next turn of its thread.
     */
    public record SimilarMessage(String messageId, String threadId, int turnIndex, String role, String stage,
                                 Instant timestamp, String text, double score, double similarity,
                                 List<ContextMessage> context) {
        public List<ContextMessage> contextOrEmpty() {
            return context == null ? List.of() : context;
        }
    }

    public record ContextMessage(String messageId, int turnIndex, String role, String text) {
    }
}
