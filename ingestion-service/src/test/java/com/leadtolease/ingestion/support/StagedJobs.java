package com.leadtolease.ingestion.support;

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
import com.leadtolease.ingestion.service.JobProgress;
import com.leadtolease.ingestion.service.ThreadProcessor;
import io.quarkus.arc.Arc;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A job left as a stopped run leaves it: one two-message thread staged, the job running or committing. */
public final class StagedJobs {

    private StagedJobs() {
    }

    /** @return the job id ({@code job-<source>}); the thread's text names the source, so each source has its own */
    public static String stage(String source, JobStatus status) {
        JobRepository jobs = bean(JobRepository.class);
        String jobId = "job-" + source;
        jobs.insert(new IngestJob(jobId, JobStatus.QUEUED, "csv", source, null, null, 1, 0, JobCounts.ZERO,
                List.of(), 0, null, Instant.now(), null, null));
        jobs.markRunning(jobId, Instant.now());
        SourceThread thread = new SourceThread(null, List.of(
                new SourceTurn(2, "lead", "Looking for a loft in EaDo (" + source + ")", "2026-01-01 10:00"),
                new SourceTurn(3, "agent", "We have two available!", "2026-01-01 10:05")));
        ProcessedThread processed = bean(ThreadProcessor.class).process(thread,
                new ThreadProcessor.Origin("csv", source, null, LocalDate.now()), new JobProgress(10)).orElseThrow();
        ThreadEvents events = bean(ThreadEvents.class);
        assertThat(bean(ThreadStore.class).stage(jobId, List.of(processed), Instant.now(), events::threadIngested))
                .hasSize(1);
        if (status == JobStatus.COMMITTING) {
            jobs.markCommitting(jobId, 1, JobCounts.ZERO, List.of(), 0);
        }
        return jobId;
    }

    private static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
