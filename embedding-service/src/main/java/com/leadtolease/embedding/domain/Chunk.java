package com.leadtolease.embedding.domain;

import java.time.Instant;

/** A piece of one message's clean text, with the message attributes search filters and shows. */
public record Chunk(String messageId, int chunkIndex, String threadId, int turnIndex, String role, String stage,
                   Instant timestamp, String text) {

    /** Document id of this chunk's vector in a version: stable, so upserts replace instead of duplicating. */
    public String idIn(String version) {
        return version + ":" + messageId + ":" + chunkIndex;
    }
}
