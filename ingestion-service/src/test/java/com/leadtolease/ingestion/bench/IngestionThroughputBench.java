package com.leadtolease.ingestion.bench;

import static com.leadtolease.ingestion.support.IngestApi.awaitJob;

import com.leadtolease.ingestion.domain.SourceThread;
import com.leadtolease.ingestion.service.JobProgress;
import com.leadtolease.ingestion.service.csv.CsvRecord;
import com.leadtolease.ingestion.service.csv.CsvRecords;
import com.leadtolease.ingestion.service.csv.CsvThreadSource;
import com.leadtolease.ingestion.support.GeneratedConversations;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import com.leadtolease.text.TextUnderstanding;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: tagged {@code bench}, which the test run excludes (also under {@code -Dtest=...}), so it
 * runs only with {@code -Pbench}: {@code bench/ingestion-throughput.sh} or
 * {@code ./mvnw -B -Pbench -pl ingestion-service -am verify -Dtest=IngestionThroughputBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * On one generated CSV it measures: a raw CSV parse (the service's guard + opencsv, and opencsv alone), parse + segmentation + text understanding (no storage), and
 * the service end to end (HTTP upload, spool, understand, stage in MongoDB, commit) against the in-JVM MongoDB-wire
 * server and Kafka broker of the tests.
 */
@QuarkusTest
@Tag("bench")
class IngestionThroughputBench {

    private static final int THREADS = Integer.getInteger("bench.threads", 10_000);
    private static final int MESSAGES_PER_THREAD = 10;

    @Inject
    TextUnderstanding understanding;

    @TestHTTPResource("/api/training/ingest-csv?source=bench&filename=bench.csv")
    URI endpoint;

    @Test
    void measure() throws Exception {
        GeneratedConversations generated = new GeneratedConversations(THREADS, MESSAGES_PER_THREAD,
                "bench-" + System.nanoTime());
        Path file = Files.createTempFile("ingestion-bench", ".csv");
        try (InputStream in = generated.stream()) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        long messages = generated.messages();
        System.out.printf("%nBench input: %,d threads, %,d messages, %.1f MB%n", THREADS, messages,
                Files.size(file) / 1e6);

        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            long records = 0;
            try (CsvRecords reader = new CsvRecords(Files.newInputStream(file), 65_536, 100)) {
                for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                    records++;
                }
            }
            report("raw CSV parse, guard + opencsv (round " + round + ")", messages, start, records + " records");
        }
        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            long records = 0;
            try (CSVReader reader = new CSVReaderBuilder(Files.newBufferedReader(file, StandardCharsets.UTF_8))
                    .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
                while (reader.readNext() != null) {
                    records++;
                }
            }
            report("raw opencsv alone (round " + round + ")", messages, start, records + " records");
        }

        long start = System.nanoTime();
        long[] understood = {0};
        LocalDate today = LocalDate.now();
        try (InputStream in = Files.newInputStream(file)) {
            new CsvThreadSource(65_536, 100, 5_000).read(in, new JobProgress(10), (SourceThread thread) ->
                    thread.turns().forEach(turn -> {
                        understanding.understand(turn.text(), turn.roleLabel(), null, today);
                        understood[0]++;
                    }), bytes -> {
            });
        }
        report("parse + segment + understand, 1 thread", messages, start, understood[0] + " messages understood");

        start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "text/csv")
                .header("Authorization", TestTokens.bearer(Scopes.TRAINING_WRITE))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        JsonPath job = awaitJob(new JsonPath(response.body()).getString("id"), Duration.ofMinutes(30));
        report("end to end (HTTP → job succeeded)", job.getLong("counts.messages"), start,
                job.getString("status") + ", " + job.getLong("counts.threads") + " threads");
        Files.deleteIfExists(file);
    }

    private static void report(String what, long messages, long startNanos, String detail) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("BENCH %-36s %,10.0f messages/s  (%.2f s, %s)%n", what, messages / seconds, seconds, detail);
    }
}
