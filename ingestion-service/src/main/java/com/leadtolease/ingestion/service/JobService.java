package com.leadtolease.ingestion.service;

import com.leadtolease.ingestion.config.IngestionConfig;
import com.leadtolease.ingestion.domain.IngestJob;
import com.leadtolease.ingestion.domain.JobCounts;
import com.leadtolease.ingestion.domain.JobStatus;
import com.leadtolease.ingestion.domain.SourceThread;
import com.leadtolease.ingestion.repository.JobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates ingestion jobs and hands them to {@link JobRunner}. A CSV upload is spooled to a file under the data dir
 * first (never held in memory), so the request is answered as soon as the body is received.
 */
@ApplicationScoped
public class JobService {

    public static final String CSV = "csv";
    public static final String JSON = "json";

    private final JobRepository jobs;
    private final JobRunner runner;
    private final IngestionPipeline pipeline;
    private final IngestionConfig config;

    public JobService(JobRepository jobs, JobRunner runner, IngestionPipeline pipeline, IngestionConfig config) {
        this.jobs = jobs;
        this.runner = runner;
        this.pipeline = pipeline;
        this.config = config;
    }

    /** Spools the CSV body, records a queued job and starts it in the background. */
    public IngestJob submitCsv(InputStream body, String sourceFile, String source) throws IOException {
        String jobId = newJobId();
        Path spooled = uploadDir().resolve(jobId + ".csv");
        String sha256;
        try (DigestInputStream digesting = new DigestInputStream(body, sha256());
             OutputStream out = Files.newOutputStream(spooled)) {
            digesting.transferTo(out);
            sha256 = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spooled);
            throw e;
        }
        IngestJob job = queued(jobId, CSV, source, sourceFile, sha256, Files.size(spooled));
        runner.submit(jobId, progress -> runCsv(job, spooled, progress), () -> deleteQuietly(spooled));
        return job;
    }

    /** Records a queued job for already-normalized threads and starts it in the background. */
    public IngestJob submitThreads(List<SourceThread> threads, String sourceFile, String source) {
        String jobId = newJobId();
        IngestJob job = queued(jobId, JSON, source, sourceFile, null, threads.size());
        runner.submit(jobId, progress -> pipeline.ingestThreads(jobId, threads, origin(job), progress), () -> {
        });
        return job;
    }

    /** Queues the ingestion of a CSV file read in place (the file is kept, e.g. the startup seed). */
    public IngestJob submitFile(Path file, String source) throws IOException {
        String jobId = newJobId();
        IngestJob job = queued(jobId, CSV, source, file.getFileName().toString(), null, Files.size(file));
        runner.submit(jobId, progress -> runCsv(job, file, progress), () -> {
        });
        return job;
    }

    public Optional<IngestJob> find(String jobId) {
        return jobs.find(jobId);
    }

    private void runCsv(IngestJob job, Path file, JobProgress progress) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            pipeline.ingestCsv(job.id(), in, origin(job), progress);
        }
    }

    private ThreadProcessor.Origin origin(IngestJob job) {
        return new ThreadProcessor.Origin(job.format(), job.source(), job.sourceFile(),
                LocalDate.ofInstant(job.createdAt(), config.zone()));
    }

    private IngestJob queued(String jobId, String format, String source, String sourceFile, String sha256,
                             long unitsTotal) {
        IngestJob job = new IngestJob(jobId, JobStatus.QUEUED, format, source == null ? format : source, sourceFile,
                sha256, unitsTotal, 0, JobCounts.ZERO, List.of(), 0, null, Instant.now(), null, null);
        jobs.insert(job);
        return job;
    }

    private Path uploadDir() {
        Path dir = config.dataDir().resolve("uploads");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload directory " + dir, e);
        }
    }

    private static String newJobId() {
        return "job-" + UUID.randomUUID();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover upload is removed at the next start
        }
    }
}
