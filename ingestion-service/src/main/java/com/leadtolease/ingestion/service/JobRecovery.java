package com.leadtolease.ingestion.service;

import com.leadtolease.ingestion.domain.IngestJob;
import com.leadtolease.ingestion.domain.JobStatus;
import com.leadtolease.ingestion.messaging.ThreadEventRelay;
import com.leadtolease.ingestion.repository.JobRepository;
import com.leadtolease.ingestion.repository.ThreadStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * At startup, finishes what a stopped run left: a job that was committing is committed (rolled forward), a job
 * that was queued or running is failed and its staged documents deleted (rolled back).
 */
@ApplicationScoped
public class JobRecovery {

    private static final Logger LOG = Logger.getLogger(JobRecovery.class);

    private final JobRepository jobs;
    private final ThreadStore store;
    private final ThreadEventRelay relay;

    public JobRecovery(JobRepository jobs, ThreadStore store, ThreadEventRelay relay) {
        this.jobs = jobs;
        this.store = store;
        this.relay = relay;
    }

    void recover(@Observes @Priority(-10) StartupEvent startup) {
        for (IngestJob job : jobs.findUnfinished()) {
            if (job.status() == JobStatus.COMMITTING) {
                relay.commitHeld(() -> store.commit(job.id()));
                jobs.markSucceeded(job.id(), Instant.now());
                LOG.infof("Finished committing ingestion job %s interrupted by a restart", job.id());
            } else {
                store.rollback(job.id());
                jobs.markFailed(job.id(), "Interrupted by a restart of ingestion-service; nothing of it was kept, "
                        + "submit it again", Instant.now(), job.counts(), job.problems(), job.problemsOmitted(),
                        job.bytesDone());
                LOG.infof("Rolled back ingestion job %s interrupted by a restart", job.id());
            }
        }
    }
}
