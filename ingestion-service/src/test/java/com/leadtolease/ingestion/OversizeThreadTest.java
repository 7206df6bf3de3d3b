package com.leadtolease.ingestion;

import static com.leadtolease.ingestion.support.IngestApi.ingestCsv;
import static com.leadtolease.ingestion.support.IngestApi.threads;
import static org.assertj.core.api.Assertions.assertThat;

import com.leadtolease.contracts.Topics;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A ~2 MB thread is published as several threads.ingested parts, each under ingestion.events.max-size, together
 * carrying every message once; a thread over ingestion.max-thread-chars is refused with a problem naming it.
 */
@QuarkusTest
@TestProfile(OversizeThreadTest.SmallerThreadLimit.class)
class OversizeThreadTest {

    private static final int MAX_EVENT_BYTES = 900_000;
    private static final int MESSAGE_CHARS = 1_000;

    public static class SmallerThreadLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingestion.max-thread-chars", "2200000");
        }
    }

    @Test
    void aTwoMegabyteThreadIsSplitIntoPartsAndAThreadOverTheLimitIsRefused() {
        StringBuilder csv = new StringBuilder("thread_id,role,text,timestamp\n");
        appendThread(csv, "big-thread", 2_100);
        appendThread(csv, "huge-thread", 2_300);

        JsonPath job = ingestCsv(csv.toString(), "oversize");

        assertThat(job.getString("status")).isEqualTo("succeeded");
        assertThat(job.getLong("counts.threads")).isEqualTo(1);
        assertThat(job.getLong("counts.messages")).isEqualTo(2_100);
        assertThat(job.getLong("counts.rowsRejected")).isEqualTo(2_300);
        assertThat(job.getList("problems.reason", String.class))
                .anySatisfy(reason -> assertThat(reason).contains("thread 'huge-thread'").contains("not ingested"));

        String threadId = threads("oversize").getString("items[0].threadId");
        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.THREADS_INGESTED,
                record -> threadId.equals(record.key()), 3, Duration.ofSeconds(60));
        List<ConsumerRecord<String, String>> all = KafkaTestClient.readFor(Topics.THREADS_INGESTED,
                record -> threadId.equals(record.key()), Duration.ofSeconds(3));
        assertThat(all).hasSameSizeAs(records).hasSizeGreaterThanOrEqualTo(3);

        int parts = all.size();
        List<Integer> partNumbers = new ArrayList<>();
        List<Integer> turns = new ArrayList<>();
        for (ConsumerRecord<String, String> record : all) {
            assertThat(record.value().getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_EVENT_BYTES);
            JsonPath data = new JsonPath(record.value());
            assertThat(data.getString("threadId")).isEqualTo(threadId);
            assertThat(data.getInt("parts")).isEqualTo(parts);
            assertThat(data.getInt("messageCount")).isEqualTo(2_100);
            partNumbers.add(data.getInt("part"));
            turns.addAll(data.getList("messages.turnIndex", Integer.class));
        }
        assertThat(partNumbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, parts).boxed().toList());
        assertThat(turns).as("every message in exactly one part, in turn order")
                .containsExactlyElementsOf(IntStream.range(0, 2_100).boxed().toList());
    }

    /** Messages of ~1,000 characters of lower-case words, none repeating the one before. */
    private static void appendThread(StringBuilder csv, String threadId, int messages) {
        for (int i = 0; i < messages; i++) {
            StringBuilder text = new StringBuilder("message ").append(i).append(' ').append(threadId);
            for (int word = 0; text.length() < MESSAGE_CHARS - 12; word++) {
                text.append(" word").append((i * 31 + word) % 997);
            }
            csv.append(threadId).append(',').append(i % 2 == 0 ? "lead" : "agent").append(',')
                    .append(text).append(",2026-01-10 10:").append(String.format("%02d", i % 60)).append('\n');
        }
    }
}
