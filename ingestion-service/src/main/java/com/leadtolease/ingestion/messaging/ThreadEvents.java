package com.leadtolease.ingestion.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.ingestion.domain.ProcessedThread;
import com.leadtolease.platform.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code threads.ingested} event of a stored thread, ready for the thread document's outbox. */
@ApplicationScoped
public class ThreadEvents {

    public static final String SOURCE = "/ingestion-service";

    private final ObjectMapper json;

    public ThreadEvents(ObjectMapper json) {
        this.json = json;
    }

    public OutboxEvent threadIngested(ProcessedThread thread) {
        ThreadIngestedData data = new ThreadIngestedData(thread.threadId(), thread.source(), thread.sourceFile(),
                thread.stage(), thread.messages().size(), thread.firstMessageAt(), thread.lastMessageAt(),
                thread.summary(), thread.contentHash(),
                thread.messages().stream().map(m -> new ThreadIngestedData.IngestedMessage(m.id(), m.turnIndex(),
                        m.role(), m.cleanText(), m.timestamp(), m.stage())).toList());
        try {
            EventEnvelope<String> envelope = EventEnvelope.create(EventTypes.THREAD_INGESTED, SOURCE,
                    thread.threadId(), json.writeValueAsString(data));
            return OutboxEvent.of(Topics.THREADS_INGESTED, envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the threads.ingested event of " + thread.threadId(), e);
        }
    }
}
