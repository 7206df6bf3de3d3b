package com.leadtolease.ingestion;

import com.leadtolease.testing.KafkaTestClient;

import static com.leadtolease.ingestion.support.IngestApi.ingestCsv;
import static com.leadtolease.ingestion.support.IngestApi.threads;
import static com.leadtolease.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.ingestion.support.MongoPeek;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every new thread is announced on threads.ingested as a binary CloudEvent, once, through the outbox. Runs on a
 * fresh service (own profile), so it never waits behind the outbox backlog of the large-input test.
 */
@QuarkusTest
@TestProfile(ThreadsIngestedEventTest.FreshService.class)
class ThreadsIngestedEventTest {

    public static class FreshService implements QuarkusTestProfile {
    }

    @Test
    void publishesOneCloudEventPerNewThreadWithPiiFreeMessages() throws InterruptedException {
        String file = CsvIngestionTest.twoThreads("events");
        ingestCsv(file, "events");
        List<String> threadIds = threads("events").getList("items.threadId");

        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.THREADS_INGESTED,
                record -> threadIds.contains(record.key()), 2, Duration.ofSeconds(30));

        for (ConsumerRecord<String, String> record : records) {
            assertThat(header(record, "ce_specversion")).contains("1.0");
            assertThat(header(record, "ce_type")).contains(EventTypes.THREAD_INGESTED);
            assertThat(header(record, "ce_source")).contains("/ingestion-service");
            assertThat(header(record, "ce_subject")).contains(record.key());
            assertThat(header(record, "ce_id")).isPresent();
            JsonPath data = new JsonPath(record.value());
            assertThat(data.getString("threadId")).isEqualTo(record.key());
            assertThat(data.getString("source")).isEqualTo("events");
            assertThat(data.getInt("messageCount")).isEqualTo(data.getList("messages").size());
            assertThat(data.getString("contentHash")).hasSize(64);
            assertThat(record.value()).doesNotContain("maria.test@example.com").doesNotContain("Westheimer");
        }
        assertThat(records).extracting(r -> new JsonPath(r.value()).getString("messages[0].cleanText"))
                .anySatisfy(text -> assertThat(text).startsWith("Hi, I'm looking for a 2 bedroom"));
        assertThat(MongoPeek.db().getCollection("threads")
                .countDocuments(Filters.and(Filters.in("_id", threadIds), Filters.exists("outbox.eventId"))))
                .as("relayed events are pulled from the outbox").isZero();

        ingestCsv(file, "events");
        Thread.sleep(3000);
        // Read everything for a while (not "until 2 arrive"), so a third event would be seen.
        assertThat(KafkaTestClient.readFor(Topics.THREADS_INGESTED, record -> threadIds.contains(record.key()),
                Duration.ofSeconds(5))).as("re-ingesting publishes nothing new").hasSize(2);
    }
}
