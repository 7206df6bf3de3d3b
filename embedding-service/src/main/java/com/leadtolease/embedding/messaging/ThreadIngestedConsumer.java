package com.leadtolease.embedding.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.embedding.config.EmbeddingConfig;
import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.embedding.service.ThreadEmbedder;
import com.leadtolease.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Reads {@code threads.ingested} (group embedding-service) and embeds each thread before acknowledging it. A
 * record that cannot be read, or whose thread cannot be embedded after the model retries, is nacked and lands on
 * {@code threads.ingested.dlq}; a passing failure (Mongo away) is retried in place. Redelivered events are recognised by
 * event id and content hash.
 */
@ApplicationScoped
public class ThreadIngestedConsumer {

    private static final Logger LOG = Logger.getLogger(ThreadIngestedConsumer.class);

    private final EventConsumer events;
    private final ObjectMapper mapper;
    private final ThreadEmbedder embedder;

    public ThreadIngestedConsumer(ObjectMapper mapper, ThreadEmbedder embedder, EmbeddingConfig config) {
        this.events = new EventConsumer(LOG, "Ingested thread", EventTypes.THREAD_INGESTED::equals,
                config.threadsIngested().retryWindow());
        this.mapper = mapper;
        this.embedder = embedder;
    }

    @Incoming("threads-ingested")
    @Blocking
    public CompletionStage<Void> onThreadIngested(Message<String> message) {
        return events.consume(message, envelope -> embedder.embed(envelope.withData(read(envelope.data()))));
    }

    private ThreadIngestedData read(String json) {
        try {
            return mapper.readValue(json, ThreadIngestedData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the value is not a ThreadIngestedData JSON: " + e.getOriginalMessage(), e);
        }
    }
}
