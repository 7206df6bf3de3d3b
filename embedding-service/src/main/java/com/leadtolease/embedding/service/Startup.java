package com.leadtolease.embedding.service;

import com.leadtolease.embedding.config.EmbeddingConfig;
import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.embedding.index.VectorIndex;
import com.leadtolease.embedding.repository.ManifestRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * At start: fails re-embedding runs a stopped replica left running, makes sure a version is active (the
 * configured one on an empty store), loads the index for it, and re-embeds into the configured version when it
 * is new (model or chunking changed).
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class);

    private final ManifestRepository manifest;
    private final Versions versions;
    private final EmbeddingModels models;
    private final VectorIndex index;
    private final TrainingRuns runs;
    private final EmbeddingConfig config;

    public Startup(ManifestRepository manifest, Versions versions, EmbeddingModels models, VectorIndex index,
                   TrainingRuns runs, EmbeddingConfig config) {
        this.manifest = manifest;
        this.versions = versions;
        this.models = models;
        this.index = index;
        this.runs = runs;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        long interrupted = manifest.failInterrupted(Instant.now());
        if (interrupted > 0) {
            LOG.warnf("%d re-embedding run(s) were interrupted by a stop and are marked failed", interrupted);
        }
        EmbeddingRun active = versions.active(models.defaultModel(), config.model().version());
        index.prepare(active.version, active.dimensions);
        String configured = config.model().version();
        if (manifest.version(configured).isEmpty() && config.training().autoStartOnNewVersion()) {
            LOG.infof("Configured version %s is new (active: %s): re-embedding into it", configured, active.version);
            runs.start(models.defaultModel().name(), configured);
        }
    }
}
