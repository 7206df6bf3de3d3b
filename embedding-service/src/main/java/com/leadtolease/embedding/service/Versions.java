package com.leadtolease.embedding.service;

import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.embedding.domain.RunKind;
import com.leadtolease.embedding.domain.RunStatus;
import com.leadtolease.embedding.index.VectorIndex;
import com.leadtolease.embedding.repository.ManifestRepository;
import com.leadtolease.platform.messaging.NotReadyYet;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Which embedding versions exist, which one search serves, and switching between them. */
@ApplicationScoped
public class Versions {

    private static final Logger LOG = Logger.getLogger(Versions.class);

    private final ManifestRepository manifest;
    private final VectorIndex index;

    public Versions(ManifestRepository manifest, VectorIndex index) {
        this.manifest = manifest;
        this.index = index;
    }

    /** The version search serves; created empty with the default model on the very first start. */
    public synchronized EmbeddingRun active(NamedModel defaultModel, String defaultVersion) {
        return manifest.activeVersion().orElseGet(() -> bootstrap(defaultModel, defaultVersion));
    }

    /**
     * The version search serves. Before the start-up has created the first one (a consumer may run first on an empty
     * store) this is {@link NotReadyYet}: the record is handled again once it exists, never dead-lettered.
     */
    public EmbeddingRun active() {
        return manifest.activeVersion().orElseThrow(() -> new NotReadyYet("no active embedding version yet"));
    }

    public List<EmbeddingRun> all() {
        return manifest.versions();
    }

    /** Versions being built by a running re-embedding run: new threads are embedded into them too. */
    public List<EmbeddingRun> building() {
        return manifest.buildingVersions();
    }

    private EmbeddingRun bootstrap(NamedModel model, String version) {
        EmbeddingRun run = new EmbeddingRun();
        run.id = UUID.randomUUID().toString();
        run.kind = RunKind.BOOTSTRAP.value();
        run.version = version;
        run.model = model.name();
        run.dimensions = model.dimension();
        run.status = RunStatus.COMPLETED.value();
        run.active = true;
        run.startedAt = Instant.now();
        run.finishedAt = run.startedAt;
        manifest.persist(run);
        LOG.infof("Started embedding version %s with model %s (%d dimensions)", version, model.name(), run.dimensions);
        return run;
    }

    /** Makes a complete version the one search serves (also a rollback to an older one). */
    public EmbeddingRun activate(String version) {
        EmbeddingRun run = manifest.version(version)
                .orElseThrow(() -> ProblemException.notFound("No embedding version " + version));
        if (!run.isCompleted()) {
            throw ProblemException.conflict("Version " + version + " is " + run.status + ", only a completed version "
                    + "can be activated", java.util.Map.of("status", run.status));
        }
        manifest.activate(version);
        index.prepare(run.version, run.dimensions);
        LOG.infof("Embedding version %s is now active", version);
        return manifest.version(version).orElseThrow();
    }
}
