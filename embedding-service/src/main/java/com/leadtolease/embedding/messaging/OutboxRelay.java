package com.leadtolease.embedding.messaging;

import com.leadtolease.embedding.config.EmbeddingConfig;
import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.embedding.domain.OutboxMessage;
import com.leadtolease.embedding.repository.ManifestRepository;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes the events waiting in manifest documents' outboxes to {@code embeddings.events}. An entry is removed
 * only after Kafka acknowledged it, so nothing is lost if the service stops in between (it may then be published
 * twice with the same CloudEvent id).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int DOCUMENTS_PER_RUN = 100;

    private final ManifestRepository manifest;
    private final MutinyEmitter<String> events;
    private final EmbeddingConfig.Outbox config;

    public OutboxRelay(ManifestRepository manifest, @Channel("embeddings-events") MutinyEmitter<String> events,
                       EmbeddingConfig config) {
        this.manifest = manifest;
        this.events = events;
        this.config = config.outbox();
    }

    @Scheduled(identity = "embedding-outbox-relay", every = "${embedding.outbox.relay-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        Set<String> relayed = new HashSet<>();
        for (int i = 0; i < DOCUMENTS_PER_RUN; i++) {
            Instant now = Instant.now();
            Optional<EmbeddingRun> claimed = manifest.claimOutbox(now, now.plus(config.claimTimeout()));
            if (claimed.isEmpty()) {
                return;
            }
            if (!relayed.add(claimed.get().id)) {
                manifest.releaseOutbox(claimed.get().id);
                return;
            }
            if (!relay(claimed.get())) {
                return;
            }
        }
    }

    private boolean relay(EmbeddingRun run) {
        try {
            for (OutboxMessage entry : run.outbox) {
                events.sendMessage(entry.toEnvelope().toMessage()).await().atMost(config.publishTimeout());
                manifest.removeFromOutbox(run.id, entry.entryId);
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Outbox of run %s not relayed yet (will retry): %s", run.id, e.getMessage());
            return false;
        } finally {
            manifest.releaseOutbox(run.id);
        }
    }
}
