package com.leadtolease.embedding.service;

import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.embedding.config.EmbeddingConfig;
import com.leadtolease.embedding.domain.Chunk;
import com.leadtolease.embedding.domain.EmbeddedChunk;
import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.embedding.domain.RunKind;
import com.leadtolease.embedding.domain.RunStatus;
import com.leadtolease.embedding.repository.ChunkRepository;
import com.leadtolease.embedding.repository.ManifestRepository;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Re-embedding runs: every chunk of the active version is embedded again with a (new) model into a new version,
 * in the background, while search keeps serving the active version. When the run completes its version becomes
 * the active one (unless configured otherwise); the older versions stay for rollback.
 */
@ApplicationScoped
public class TrainingRuns {

    private static final Logger LOG = Logger.getLogger(TrainingRuns.class);
    private static final DateTimeFormatter VERSION_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final EmbeddingModels models;
    private final Versions versions;
    private final BatchEmbedder embedder;
    private final ChunkRepository chunks;
    private final ManifestRepository manifest;
    private final EmbeddingEvents events;
    private final EmbeddingConfig.Training config;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "embedding-run");
        thread.setDaemon(true);
        return thread;
    });

    public TrainingRuns(EmbeddingModels models, Versions versions, BatchEmbedder embedder, ChunkRepository chunks,
                        ManifestRepository manifest, EmbeddingEvents events, EmbeddingConfig config) {
        this.models = models;
        this.versions = versions;
        this.embedder = embedder;
        this.chunks = chunks;
        this.manifest = manifest;
        this.events = events;
        this.config = config.training();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Registers the run and starts it in the background; the caller gets the running run. */
    public synchronized EmbeddingRun start(String modelName, String version) {
        NamedModel model = modelName == null || modelName.isBlank() ? models.defaultModel()
                : models.get(modelName).orElseThrow(() -> ProblemException.invalidField("model",
                "unknown or not configured; available: " + models.names()));
        String newVersion = version == null || version.isBlank()
                ? model.name() + "-" + VERSION_STAMP.format(Instant.now()) : version.trim();
        if (manifest.version(newVersion).isPresent()) {
            throw ProblemException.conflict("Version " + newVersion + " already exists", Map.of("version", newVersion));
        }
        List<EmbeddingRun> building = versions.building();
        if (!building.isEmpty()) {
            throw ProblemException.conflict("Run " + building.get(0).id + " is still building version "
                    + building.get(0).version, Map.of("runId", building.get(0).id));
        }
        EmbeddingRun source = versions.active();
        EmbeddingRun run = new EmbeddingRun();
        run.id = UUID.randomUUID().toString();
        run.kind = RunKind.REEMBED.value();
        run.version = newVersion;
        run.sourceVersion = source.version;
        run.model = model.name();
        run.dimensions = model.dimension();
        run.status = RunStatus.RUNNING.value();
        run.active = false;
        run.startedAt = Instant.now();
        manifest.persist(run);
        LOG.infof("Run %s: re-embedding version %s into %s with %s", run.id, source.version, newVersion, model.name());
        executor.submit(() -> execute(run, model));
        return run;
    }

    private void execute(EmbeddingRun run, NamedModel model) {
        long started = System.nanoTime();
        Set<String> threads = new HashSet<>();
        Set<String> messages = new HashSet<>();
        try {
            String after = null;
            while (true) {
                List<Chunk> page = chunks.page(run.sourceVersion, after, config.batchSize());
                if (page.isEmpty()) {
                    break;
                }
                List<float[]> vectors = embedder.embed(model, page.stream().map(Chunk::text).toList());
                List<EmbeddedChunk> embedded = new ArrayList<>(page.size());
                for (int i = 0; i < page.size(); i++) {
                    Chunk chunk = page.get(i);
                    embedded.add(new EmbeddedChunk(chunk, vectors.get(i), model.name(), run.version));
                    threads.add(chunk.threadId());
                    messages.add(chunk.messageId());
                }
                chunks.upsert(embedded);
                run.chunks += embedded.size();
                after = page.get(page.size() - 1).idIn(run.sourceVersion);
                if (!config.pauseBetweenBatches().isZero()) {
                    Thread.sleep(config.pauseBetweenBatches().toMillis());
                }
            }
            run.status = RunStatus.COMPLETED.value();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.status = RunStatus.FAILED.value();
            run.error = "interrupted";
        } catch (RuntimeException e) {
            LOG.errorf(e, "Run %s failed", run.id);
            run.status = RunStatus.FAILED.value();
            run.error = e.getMessage();
        }
        run.threads = threads.size();
        run.messages = messages.size();
        run.finishedAt = Instant.now();
        run.durationMs = (System.nanoTime() - started) / 1_000_000;
        try {
            manifest.finish(run, List.of(events.runCompleted(run)));
            LOG.infof("Run %s %s: %d chunks of %d messages in %d threads into version %s in %d ms", run.id, run.status,
                    run.chunks, run.messages, run.threads, run.version, run.durationMs);
            if (run.isCompleted() && config.activateOnComplete()) {
                versions.activate(run.version);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Run %s: could not record its outcome", run.id);
        }
    }
}
