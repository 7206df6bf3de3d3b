package com.leadtolease.embedding.messaging;

import com.leadtolease.contracts.Topics;
import com.leadtolease.embedding.config.EmbeddingConfig;
import com.leadtolease.embedding.repository.ManifestRepository;
import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.leadtolease.platform.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.time.Clock;
import java.util.Map;

/**
 * The relay of the manifest documents' outboxes to {@code embeddings.events}. Nothing wakes it: it looks every
 * {@code relay-every}, so a busy ingestion relays a batch of runs per look, not one query per embedded thread.
 */
@ApplicationScoped
public class RunEventRelay {

    // Injected here, not into the producer: the messaging library finds emitters on bean fields and constructors.
    @Channel("embeddings-events")
    MutinyEmitter<String> embeddingsEvents;

    @Produces
    @Singleton
    OutboxRelay runEvents(ManifestRepository manifest, EmbeddingConfig config, Clock clock, MeterRegistry meters) {
        return OutboxRelay.of("embedding", config.outbox(),
                MongoOutboxStore.of(manifest.mongoCollection(), config.outbox().claimLease(), clock),
                Map.of(Topics.EMBEDDINGS_EVENTS, embeddingsEvents), meters);
    }
}
