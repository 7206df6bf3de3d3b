package com.leadtolease.embedding.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.embedding.EmbeddingRunCompletedData;
import com.leadtolease.contracts.embedding.EmbeddingsUpsertedData;
import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.platform.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds the outbox entries of {@code embeddings.events}. */
@ApplicationScoped
public class EmbeddingEvents {

    public static final String SOURCE = "/embedding-service";

    private final ObjectMapper mapper;

    public EmbeddingEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** EMBEDDINGS_UPSERTED, keyed by the thread id. */
    public OutboxEvent upserted(EmbeddingRun run) {
        EmbeddingsUpsertedData data = new EmbeddingsUpsertedData(run.threadId, run.version, run.model, run.dimensions,
                run.messages, run.chunks, run.id, run.sourceEventId, run.finishedAt);
        return OutboxEvent.of(Topics.EMBEDDINGS_EVENTS,
                EventEnvelope.create(EventTypes.EMBEDDINGS_UPSERTED, SOURCE, run.threadId, json(data)));
    }

    /** EMBEDDING_RUN_COMPLETED, keyed by the version. */
    public OutboxEvent runCompleted(EmbeddingRun run) {
        EmbeddingRunCompletedData data = new EmbeddingRunCompletedData(run.id, run.version, run.sourceVersion,
                run.model, run.dimensions, run.status, run.threads, run.messages, run.chunks, run.durationMs, run.error,
                run.finishedAt);
        return OutboxEvent.of(Topics.EMBEDDINGS_EVENTS,
                EventEnvelope.create(EventTypes.EMBEDDING_RUN_COMPLETED, SOURCE, run.version, json(data)));
    }

    private String json(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + data, e);
        }
    }
}
