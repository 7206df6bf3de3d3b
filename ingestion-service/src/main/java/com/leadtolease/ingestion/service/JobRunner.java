package com.leadtolease.ingestion.service;

import com.leadtolease.ingestion.config.IngestionConfig;
import com.leadtolease.ingestion.messaging.ThreadEventRelay;
import com.leadtolease.ingestion.repository.JobRepository;
import com.leadtolease.ingestion.repository.ThreadStore;
import com.leadtolease.ingestion.service.csv.CsvFormatException;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs jobs after the request that created them has been answered, on a small pool of its own (one worker by
 * default, so jobs queue instead of competing for the CPU). A job's end is all or nothing: on success its staged
 * documents are committed (status {@code committing} first, so a restart can finish the commit), on any failure
 * before that they are deleted.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final int COMMIT_ATTEMPTS = 4;

    private final JobRepository jobs;
    private final ThreadStore store;
    private final ThreadEventRelay relay;
    private final int maxProblemsListed;
    private final ExecutorService workers;

    public JobRunner(JobRepository jobs, ThreadStore store, ThreadEventRelay relay, IngestionConfig config) {
        this.jobs = jobs;
        this.store = store;
        this.relay = relay;
        this.maxProblemsListed = config.jobs().maxProblemsListed();
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.jobs().workers(), task -> {
            Thread thread = new Thread(task, "ingestion-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @param cleanup runs when the job has ended, whatever the outcome (e.g. deletes a spooled upload) */
    void submit(String jobId, JobWork work, Runnable cleanup) {
        workers.submit(() -> {
            try {
                run(jobId, work);
            } finally {
                cleanup.run();
            }
        });
    }

    private void run(String jobId, JobWork work) {
        JobProgress progress = new JobProgress(maxProblemsListed);
        try {
            jobs.markRunning(jobId, Instant.now());
            work.run(progress);
            if (progress.counts().threads() + progress.counts().threadsAlreadyStored() == 0) {
                throw new IngestionRejected("None of the " + progress.counts().rowsRead()
                        + " rows could be ingested; see the problems");
            }
            jobs.markCommitting(jobId, progress.unitsDone(), progress.counts(), progress.problems(),
                    progress.problemsOmitted());
        } catch (CsvFormatException | IngestionRejected e) {
            fail(jobId, e.getMessage(), progress);
            return;
        } catch (Exception e) {
            LOG.errorf(e, "Ingestion job %s failed", jobId);
            fail(jobId, "Ingestion failed unexpectedly: " + e.getMessage(), progress);
            return;
        }
        commit(jobId, progress);
    }

    /**
     * Once a job is committing it is never rolled back (part of it may be visible already): the commit, which is
     * safe to repeat, is retried, and if the store keeps failing the job stays committing for the next start.
     */
    private void commit(String jobId, JobProgress progress) {
        for (int attempt = 1; ; attempt++) {
            try {
                relay.commitHeld(() -> store.commit(jobId));
                jobs.markSucceeded(jobId, Instant.now());
                LOG.infof("Ingestion job %s succeeded: %s", jobId, progress.counts());
                return;
            } catch (RuntimeException e) {
                if (attempt == COMMIT_ATTEMPTS) {
                    LOG.errorf(e, "Ingestion job %s could not be committed after %d attempts; it stays committing "
                            + "and the next start of ingestion-service finishes it", jobId, attempt);
                    return;
                }
                LOG.warnf("Committing ingestion job %s failed (attempt %d of %d, retrying): %s", jobId, attempt,
                        COMMIT_ATTEMPTS, e.getMessage());
                if (!pause(Duration.ofSeconds(1L << (attempt - 1)))) {
                    return;
                }
            }
        }
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void fail(String jobId, String error, JobProgress progress) {
        try {
            store.rollback(jobId);
        } finally {
            jobs.markFailed(jobId, error, Instant.now(), progress.counts(), progress.problems(),
                    progress.problemsOmitted(), progress.unitsDone());
        }
        LOG.infof("Ingestion job %s failed: %s", jobId, error);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
