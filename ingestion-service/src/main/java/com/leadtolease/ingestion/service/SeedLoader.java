package com.leadtolease.ingestion.service;

import com.leadtolease.ingestion.config.IngestionConfig;
import com.leadtolease.ingestion.domain.IngestJob;
import com.leadtolease.ingestion.repository.ThreadQueries;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Loads sample conversations on first start: when {@code ingestion.seed.file} is set and no thread is stored yet,
 * the file is queued as a job on the same pipeline as an upload (the service is ready meanwhile).
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    public static final String SOURCE = "seed";

    private final IngestionConfig config;
    private final ThreadQueries threads;
    private final JobService jobs;

    public SeedLoader(IngestionConfig config, ThreadQueries threads, JobService jobs) {
        this.config = config;
        this.threads = threads;
        this.jobs = jobs;
    }

    void seed(@Observes StartupEvent startup) {
        config.seed().file().ifPresent(this::load);
    }

    void load(Path file) {
        if (!Files.isReadable(file)) {
            LOG.warnf("Seed file %s is not readable; nothing seeded", file);
            return;
        }
        if (threads.countAll() > 0) {
            LOG.debugf("Threads are already stored; seed file %s not loaded", file);
            return;
        }
        try {
            IngestJob job = jobs.submitFile(file, SOURCE);
            LOG.infof("Seeding from %s: job %s queued", file, job.id());
        } catch (Exception e) {
            LOG.errorf(e, "Seeding from %s failed", file);
        }
    }
}
