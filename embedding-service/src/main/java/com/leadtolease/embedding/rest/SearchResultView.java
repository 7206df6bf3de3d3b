package com.leadtolease.embedding.rest;

import com.leadtolease.embedding.domain.Chunk;
import com.leadtolease.embedding.service.SearchMatch;

import java.time.Instant;
import java.util.List;

/** One search result: the message (its best-matching chunk), its score, and the previous and next turn. */
public record SearchResultView(String messageId, String threadId, int turnIndex, int chunkIndex, String role,
                               String stage, Instant timestamp, String text, double score, double similarity,
                               List<ContextMessage> context) {

    public record ContextMessage(String messageId, int turnIndex, String role, String stage, Instant timestamp,
                                 String text) {
        static ContextMessage of(Chunk c) {
            return new ContextMessage(c.messageId(), c.turnIndex(), c.role(), c.stage(), c.timestamp(), c.text());
        }
    }

    static SearchResultView of(SearchMatch match) {
        Chunk c = match.chunk();
        return new SearchResultView(c.messageId(), c.threadId(), c.turnIndex(), c.chunkIndex(), c.role(), c.stage(),
                c.timestamp(), c.text(), match.score(), match.similarity(),
                match.context().stream().map(ContextMessage::of).toList());
    }
}
