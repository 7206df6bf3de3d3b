package com.leadtolease.ingestion.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.leadtolease.ingestion.domain.JobStatus;
import com.leadtolease.ingestion.repository.JobRepository;
import com.leadtolease.ingestion.repository.ThreadStore;
import com.leadtolease.ingestion.support.MongoPeek;
import com.leadtolease.ingestion.support.RelayBacklog;
import com.leadtolease.ingestion.support.StagedJobs;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The relay stays away from the threads while a job commits, and relays its events as soon as the commit ends. */
@QuarkusTest
class OutboxRelayHoldTest {

    @Inject
    ThreadEventRelay relay;
    @Inject
    ThreadStore store;

    @Inject
    JobRepository jobs;

    @Test
    void aCommittedThreadIsNotRelayedWhileTheCommitRunsAndIsRightAfter() throws Exception {
        // Timed below: another class's committed threads still waiting for the relay would be relayed first.
        RelayBacklog.awaitEmpty(Duration.ofMinutes(2));
        String jobId = StagedJobs.stage("relay-hold", JobStatus.COMMITTING);
        CountDownLatch commitMayEnd = new CountDownLatch(1);

        CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> relay.commitHeld(() -> {
            store.commit(jobId);
            await().atMost(Duration.ofSeconds(30)).until(() -> commitMayEnd.getCount() == 0);
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> "committed".equals(thread(jobId).getString("status")));
        // The relay runs every second in tests (idle back-off capped at 1 s), so unheld it would have relayed by now.
        Thread.sleep(3000);
        assertThat(thread(jobId).getList("outbox", Document.class)).as("not relayed while the commit runs").hasSize(1);

        commitMayEnd.countDown();
        commit.get(30, TimeUnit.SECONDS);
        jobs.markSucceeded(jobId, Instant.now()); // as JobRunner does, so no later recovery finds it committing
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(thread(jobId).getList("outbox", Document.class)).as("relayed once the commit ended").isEmpty());
        assertThat(thread(jobId).getList("outbox", Document.class)).isEmpty();
    }

    private static Document thread(String jobId) {
        return MongoPeek.db().getCollection("threads").find(Filters.eq("job_id", jobId)).first();
    }
}
