package com.leadtolease.ingestion.support;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import java.time.Duration;
import org.bson.conversions.Bson;

/**
 * The committed threads whose {@code threads.ingested} events the relay has not published yet. Every test class
 * shares one application and its relay, so a class that commits thousands of threads leaves work that delays the
 * next class's events; a test that times the relay starts from an empty backlog, and a test that fills it waits
 * for its own events to be relayed.
 */
public final class RelayBacklog {

    private RelayBacklog() {
    }

    public static long pending() {
        return count(Filters.empty());
    }

    public static long pendingOfJob(String jobId) {
        return count(Filters.eq("job_id", jobId));
    }

    public static void awaitEmpty(Duration atMost) {
        await("relay backlog drained").atMost(atMost).pollInterval(Duration.ofMillis(250))
                .until(() -> pending() == 0);
    }

    private static long count(Bson filter) {
        return MongoPeek.db().getCollection("threads").countDocuments(Filters.and(filter,
                Filters.eq("status", "committed"), Filters.exists("outbox.eventId")));
    }
}
