package com.leadtolease.ingestion;

import static com.leadtolease.ingestion.support.IngestApi.awaitJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.leadtolease.ingestion.support.GeneratedConversations;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import com.leadtolease.ingestion.support.RelayBacklog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A ~11 MB CSV (80,000 messages) generated on the fly (never held in memory by the test either) is streamed through the endpoint and
 * ingested with exact counts.
 */
@QuarkusTest
class LargeCsvStreamingTest {

    private static final int THREADS = 8_000;
    private static final int MESSAGES_PER_THREAD = 10;

    @TestHTTPResource("/api/training/ingest-csv?source=large&filename=large.csv")
    URI endpoint;

    @Test
    void streamsALargeUploadAndIngestsItWithExactCounts() throws Exception {
        GeneratedConversations generated = new GeneratedConversations(THREADS, MESSAGES_PER_THREAD, "large");
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "text/csv")
                .header("Authorization", TestTokens.bearer(Scopes.TRAINING_WRITE))
                .POST(HttpRequest.BodyPublishers.ofInputStream(generated::stream)).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(202);
        String jobId = new JsonPath(response.body()).getString("id");
        JsonPath job = awaitJob(jobId, Duration.ofMinutes(4));
        assertThat(generated.bytesProduced()).isGreaterThan(10_000_000L);
        assertThat(job.getString("status")).isEqualTo("succeeded");
        assertThat(job.getLong("counts.threads")).isEqualTo(THREADS);
        assertThat(job.getLong("counts.messages")).isEqualTo((long) THREADS * MESSAGES_PER_THREAD);
        assertThat(job.getLong("counts.rowsRejected")).isZero();
        assertThat(job.getFloat("progress")).isEqualTo(1.0f);
        await("every thread's threads.ingested event published").atMost(Duration.ofMinutes(2))
                .until(() -> RelayBacklog.pendingOfJob(jobId) == 0);
    }
}
