package com.leadtolease.ingestion.service;

import static com.leadtolease.ingestion.support.IngestApi.thread;
import static com.leadtolease.ingestion.support.IngestApi.threads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.leadtolease.ingestion.domain.IngestJob;
import com.leadtolease.ingestion.domain.JobStatus;
import com.leadtolease.ingestion.repository.JobRepository;
import com.leadtolease.ingestion.support.MongoPeek;
import com.leadtolease.ingestion.support.StagedJobs;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A restart finishes what a stopped run left: committing jobs roll forward, running jobs roll back. */
@QuarkusTest
class JobRecoveryTest {

    @Inject
    JobRecovery recovery;
    @Inject
    JobRepository jobs;

    private String stagedJob(String source, JobStatus status) {
        // recover() handles every unfinished job: wait until other classes' jobs have ended, so it never rolls
        // back a job that another test still runs.
        await("other jobs finished").atMost(Duration.ofMinutes(2)).until(() -> jobs.findUnfinished().isEmpty());
        String jobId = StagedJobs.stage(source, status);
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
        for (String collection : List.of("threads", "messages", "raw_messages")) {
            assertThat(MongoPeek.db().getCollection(collection).countDocuments(Filters.eq("job_id", jobId)))
                    .as("%s of the rolled back job", collection).isZero();
        }
    }

    @Test
    void aJobInterruptedWhileCommittingIsCommitted() {
        String jobId = stagedJob("recovery-committing", JobStatus.COMMITTING);

        recovery.recover(null);

        assertThat(jobs.find(jobId).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
        JsonPath listed = threads("recovery-committing");
        assertThat(listed.getInt("total")).isEqualTo(1);
        assertThat(thread(listed.getString("items[0].threadId")).getList("messages.text", String.class))
                .as("the committed thread is shown with its messages").hasSize(2)
                .anyMatch(text -> text.contains("recovery-committing"));
    }
}
