package com.leadtolease.ingestion.rest;

import com.leadtolease.ingestion.domain.SourceThread;
import com.leadtolease.ingestion.domain.SourceTurn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Already-normalized threads ({@code POST /api/training/ingest}).
 *
 * @param source     label stored on the threads (default "json"), e.g. the CRM they come from
 * @param sourceFile optional name of the export they come from
 */
public record IngestThreadsRequest(String source, String sourceFile,
                                   @NotEmpty @Size(max = 10_000) List<@Valid ThreadInput> threads) {

    /** @param threadId the source's own id, kept as source_thread_id (the stored id is derived from the content) */
    public record ThreadInput(String threadId, @NotEmpty List<@Valid MessageInput> messages) {
    }

    /**
     * @param role      agent | lead or a synonym (prospect, leasing agent …); may be omitted if the text starts with
     *                  a speaker prefix
     * @param timestamp ISO-8601 (naive values are read in the configured zone) or another common spelling
     */
    public record MessageInput(String role, @NotBlank @Size(max = 65_536) String text, String timestamp) {
    }

    /** Problems name a message by its 1-based position in the request (all threads' messages in order). */
    List<SourceThread> toSourceThreads() {
        List<SourceThread> result = new ArrayList<>();
        long position = 0;
        for (ThreadInput thread : threads) {
            List<SourceTurn> turns = new ArrayList<>();
            for (MessageInput m : thread.messages()) {
                turns.add(new SourceTurn(++position, m.role(), m.text(), m.timestamp()));
            }
            result.add(new SourceThread(thread.threadId(), turns));
        }
        return result;
    }
}
