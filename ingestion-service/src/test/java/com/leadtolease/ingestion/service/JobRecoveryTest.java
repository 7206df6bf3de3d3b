package com.leadtolease.ingestion.service;

import static com.leadtolease.ingestion.support.IngestApi.threads;
import static org.assertj.core.api.Assertions.assertThat;

import com.leadtolease.ingestion.domain.IngestJob;
import com.leadtolease.ingestion.domain.JobCounts;
import com.leadtolease.ingestion.domain.JobStatus;
import com.leadtolease.ingestion.domain.ProcessedThread;
import com.leadtolease.ingestion.domain.SourceThread;
import com.leadtolease.ingestion.domain.SourceTurn;
import com.leadtolease.ingestion.messaging.ThreadEvents;
import com.leadtolease.ingestion.repository.JobRepository;
import com.leadtolease.ingestion.repository.ThreadStore;
import com.leadtolease.ingestion.support.MongoPeek;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A restart finishes what a stopped run left: committing jobs roll forward, running jobs roll back. */
@QuarkusTest
class JobRecoveryTest {

    @Inject
    JobRecovery recovery;
    @Inject
    JobRepository jobs;
    @Inject
    ThreadStore store;
    @Inject
    ThreadProcessor processor;
    @Inject
    ThreadEvents events;

    private String stagedJob(String source, JobStatus status) {
        String jobId = "job-recovery-" + source;
        jobs.insert(new IngestJob(jobId, JobStatus.QUEUED, "csv", source, null, null, 1, 0, JobCounts.ZERO,
                List.of(), 0, null, Instant.now(), null, null));
        jobs.markRunning(jobId, Instant.now());
        SourceThread thread = new SourceThread(null, List.of(
                new SourceTurn(2, "lead", "Looking for a loft in EaDo (" + source + ")", "2026-01-01 10:00"),
                new SourceTurn(3, "agent", "We have two available!", "2026-01-01 10:05")));
        ProcessedThread processed = processor.process(thread,
                new ThreadProcessor.Origin("csv", source, null, LocalDate.now()), new JobProgress(10)).orElseThrow();
        assertThat(store.stage(jobId, List.of(processed), Instant.now(), events::threadIngested)).hasSize(1);
        if (status == JobStatus.COMMITTING) {
            jobs.markCommitting(jobId, 1, JobCounts.ZERO, List.of(), 0);
        }
        assertThat(threads(source).getInt("total")).as("staged threads are invisible").isZero();
        return jobId;
    }

    @Test
    void aJobInterruptedWhileRunningIsRolledBackAndFailed() {
        String jobId = stagedJob("recovery-running", JobStatus.RUNNING);

        recovery.recover(null);

        IngestJob job = jobs.find(jobId).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.error()).contains("Interrupted by a restart");
        assertThat(threads("recovery-running").getInt("total")).isZero();
        assertThat(MongoPeek.db().getCollection("messages").countDocuments(Filters.eq("job_id", jobId))).isZero();
    }

    @Test
    void aJobInterruptedWhileCommittingIsCommitted() {
        String jobId = stagedJob("recovery-committing", JobStatus.COMMITTING);

        recovery.recover(null);

        assertThat(jobs.find(jobId).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(threads("recovery-committing").getInt("total")).isEqualTo(1);
        assertThat(MongoPeek.db().getCollection("messages")
                .countDocuments(Filters.eq("job_id", jobId))).isEqualTo(2);
    }
}
