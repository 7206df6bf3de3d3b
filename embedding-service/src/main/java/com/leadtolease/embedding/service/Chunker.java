package com.leadtolease.embedding.service;

import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.contracts.ingestion.ThreadIngestedData.IngestedMessage;
import com.leadtolease.embedding.domain.Chunk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One chunk per message; a message longer than {@code maxTokens} is cut into windows of that many tokens, each
 * sharing {@code overlap} tokens with the one before. Tokens are approximated by whitespace-separated words.
 */
public class Chunker {

    private final int maxTokens;
    private final int overlap;

    public Chunker(int maxTokens, int overlap) {
        if (maxTokens < 1 || overlap < 0 || overlap >= maxTokens) {
            throw new IllegalArgumentException("need maxTokens >= 1 and 0 <= overlap < maxTokens, got "
                    + maxTokens + "/" + overlap);
        }
        this.maxTokens = maxTokens;
        this.overlap = overlap;
    }

    public List<Chunk> chunks(ThreadIngestedData thread) {
        List<Chunk> chunks = new ArrayList<>();
        if (thread.messages() == null) {
            return chunks;
        }
        for (IngestedMessage message : thread.messages()) {
            List<String> pieces = split(message.cleanText());
            String stage = message.stage() != null ? message.stage() : thread.stage();
            for (int i = 0; i < pieces.size(); i++) {
                chunks.add(new Chunk(message.messageId(), i, thread.threadId(), message.turnIndex(), message.role(),
                        stage, message.timestamp(), pieces.get(i)));
            }
        }
        return chunks;
    }

    /** The text's chunks; none for a blank text. */
    public List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] words = text.trim().split("\\s+");
        if (words.length <= maxTokens) {
            return List.of(text.trim());
        }
        List<String> pieces = new ArrayList<>();
        int step = maxTokens - overlap;
        for (int start = 0; ; start += step) {
            int end = Math.min(words.length, start + maxTokens);
            pieces.add(String.join(" ", Arrays.copyOfRange(words, start, end)));
            if (end == words.length) {
                return pieces;
            }
        }
    }
}
