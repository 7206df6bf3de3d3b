package com.leadtolease.ingestion;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.ingestion.support.MongoPeek;
import com.leadtolease.testing.ContainersProfile;
import com.leadtolease.testing.KafkaTestClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.time.Duration;
import java.util.List;

import static com.leadtolease.ingestion.support.IngestApi.ingestCsv;
import static com.leadtolease.ingestion.support.IngestApi.threads;
import static com.leadtolease.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** ingestion-service on MongoDB Atlas Local and Apache Kafka: an uploaded CSV's threads reach threads.ingested. */
@Tag(ContainersProfile.TAG)
@Testcontainers(disabledWithoutDocker = true)
@QuarkusTest
@TestProfile(ContainersProfile.class)
class IngestionContainersTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void uploadedThreadsAreStoredAndAnnouncedOnceThroughTheOutbox() {
        ingestCsv(CsvIngestionTest.twoThreads("containers"), "containers");
        List<String> threadIds = threads("containers").getList("items.threadId");
        assertThat(threadIds).hasSize(2);

        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.THREADS_INGESTED,
                record -> threadIds.contains(record.key()), 2, WAIT);

        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(threadIds);
        assertThat(records).allSatisfy(record -> {
            assertThat(header(record, "ce_type")).contains(EventTypes.THREAD_INGESTED);
            assertThat(new JsonPath(record.value()).getString("source")).isEqualTo("containers");
        });
        await().atMost(WAIT).until(() -> MongoPeek.db().getCollection("threads").countDocuments(Filters.and(
                Filters.in("_id", threadIds), Filters.exists("outbox.eventId"))) == 0);
    }
}
