package com.leadtolease.ingestion.support;

import static org.awaitility.Awaitility.await;

import com.leadtolease.ingestion.repository.IngestionDatabase;
import com.leadtolease.ingestion.repository.JobRepository;
import io.quarkus.arc.Arc;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many documents each collection a request can write holds, to prove a refused request stored nothing. */
public record StoredDocuments(Map<String, Long> counts) {

    private static final List<String> COLLECTIONS = List.of(IngestionDatabase.THREADS, IngestionDatabase.MESSAGES,
            IngestionDatabase.RAW_MESSAGES, IngestionDatabase.JOBS);

    /** The counts once no job runs: the job of an accepted request goes on writing after the answer. */
    public static StoredDocuments settled() {
        JobRepository jobs = Arc.container().instance(JobRepository.class).get();
        await("ingestion jobs finished").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> jobs.findUnfinished().isEmpty());
        return now();
    }

    public static StoredDocuments now() {
        Map<String, Long> counts = new LinkedHashMap<>();
        COLLECTIONS.forEach(name -> counts.put(name, MongoPeek.db().getCollection(name).countDocuments()));
        return new StoredDocuments(counts);
    }

    /** One "collection: before → now documents" per collection that changed since {@code before}. */
    public List<String> changesSince(StoredDocuments before) {
        return COLLECTIONS.stream().filter(name -> !counts.get(name).equals(before.counts().get(name)))
                .map(name -> name + ": " + before.counts().get(name) + " → " + counts.get(name) + " documents")
                .toList();
    }
}
