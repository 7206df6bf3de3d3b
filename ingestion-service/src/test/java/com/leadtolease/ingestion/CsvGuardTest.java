package com.leadtolease.ingestion;

import static com.leadtolease.ingestion.support.IngestApi.ingestCsv;
import static com.leadtolease.ingestion.support.IngestApi.threads;
import static org.assertj.core.api.Assertions.assertThat;

import com.leadtolease.contracts.Topics;
import com.leadtolease.ingestion.support.MongoPeek;
import com.leadtolease.testing.KafkaTestClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The guards in front of opencsv, end to end: what a CSV upload stores and publishes when a row is refused (only the
 * other rows) or the file is (nothing), and that what RFC 4180 allows is stored as written.
 */
@QuarkusTest
class CsvGuardTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** "line: text" of every message stored for the source, in file order. */
    private static List<String> storedMessages(String source) {
        List<String> messages = new ArrayList<>();
        for (Document m : MongoPeek.db().getCollection("messages").find(Filters.eq("source", source))
                .sort(Sorts.ascending("source_line"))) {
            messages.add(((Number) m.get("source_line")).longValue() + ": " + m.getString("text"));
        }
        return messages;
    }

    /** The clean texts threads.ingested carried for the source's one thread. */
    private static List<String> publishedMessages(String source) {
        String threadId = threads(source).getString("items[0].threadId");
        ConsumerRecord<String, String> event = KafkaTestClient.awaitRecord(Topics.THREADS_INGESTED,
                record -> threadId.equals(record.key()), Duration.ofSeconds(60));
        return new JsonPath(event.value()).getList("messages.cleanText", String.class);
    }

    private static List<ConsumerRecord<String, String>> publishedFor(String source, Duration during) {
        return KafkaTestClient.readFor(Topics.THREADS_INGESTED,
                record -> source.equals(new JsonPath(record.value()).getString("source")), during);
    }

    private static void assertNothingStoredOrPublished(JsonPath job, String source) {
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(storedMessages(source)).isEmpty();
        assertThat(MongoPeek.db().getCollection("threads").countDocuments(Filters.eq("job_id", job.getString("id"))))
                .isZero();
        assertThat(MongoPeek.db().getCollection("raw_messages")
                .countDocuments(Filters.eq("job_id", job.getString("id")))).isZero();
        assertThat(publishedFor(source, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aBomCrlfAndRfc4180QuotingAreStoredAndPublishedAsWritten() {
        byte[] body = bytes(BOM, utf8("role,text,timestamp,thread_id\r\n"
                + "lead,\"Any lofts? I saw \"\"The Foundry\"\", $1,450\r\nand a flat\",2026-03-01 10:00,t1\r\n"
                + "agent,\"Two, both near the park:\n1. Loft\n2. Flat\",2026-03-01 10:05,t1\r\n"
                + "lead,\"\"\"Loft\"\" please\",2026-03-01 10:06,t1\r\n"));

        JsonPath job = ingestCsv(body, "guard-rfc4180");

        assertThat(job.getString("status")).isEqualTo("succeeded");
        assertThat(job.getInt("counts.rowsRejected")).isZero();
        assertThat(storedMessages("guard-rfc4180")).containsExactly(
                "2: Any lofts? I saw \"The Foundry\", $1,450\nand a flat",
                "4: Two, both near the park:\n1. Loft\n2. Flat",
                "7: \"Loft\" please");
        assertThat(publishedMessages("guard-rfc4180")).containsExactly("Any lofts? I saw \"The Foundry\", $1,450\nand a flat",
                        "Two, both near the park:\n1. Loft\n2. Flat", "\"Loft\" please");
    }

    @Test
    void aFieldOverTheCapRejectsOnlyItsRowNamingItsLine() {
        String oversized = ("z".repeat(1000) + "\r\n").repeat(70);
        JsonPath job = ingestCsv(utf8("role,text,timestamp\n"
                + "lead,\"Two bedrooms near Rice,\nplease\",2026-03-02 09:00\n"
                + "agent,\"" + oversized + "\",2026-03-02 09:01\n"
                + "agent,Sure - when do you move?,2026-03-02 09:02\n"), "guard-oversized");

        assertThat(job.getString("status")).isEqualTo("succeeded");
        assertThat(job.getList("problems.line", Integer.class)).containsExactly(4);
        assertThat(job.getString("problems[0].reason"))
                .isEqualTo("a field is longer than the allowed maximum (65536 characters); row skipped");
        assertThat(storedMessages("guard-oversized")).containsExactly(
                "2: Two bedrooms near Rice,\nplease", "75: Sure - when do you move?");
        assertThat(publishedMessages("guard-oversized"))
                .containsExactly("Two bedrooms near Rice,\nplease", "Sure - when do you move?");
    }

    @Test
    void quotesRfc4180DoesNotAllowRejectTheirRowNamingItsLine() {
        JsonPath job = ingestCsv(utf8("role,text,timestamp\n"
                + "lead,I am 6\" tall - any high ceilings?,2026-03-03 09:00\n"
                + "agent,\"Yes\" in the Heights,2026-03-03 09:01\n"
                + "agent,\"Yes, in the Heights\",2026-03-03 09:02\n"), "guard-stray-quote");

        assertThat(job.getString("status")).isEqualTo("succeeded");
        assertThat(job.getList("problems.line", Integer.class)).containsExactly(2, 3);
        assertThat(job.getList("problems.reason", String.class)).satisfiesExactly(
                reason -> assertThat(reason).startsWith("a quote inside an unquoted field").endsWith("row skipped"),
                reason -> assertThat(reason).startsWith("text after a closing quote").endsWith("row skipped"));
        assertThat(storedMessages("guard-stray-quote")).containsExactly("4: Yes, in the Heights");
        assertThat(publishedMessages("guard-stray-quote")).containsExactly("Yes, in the Heights");
    }

    @Test
    void invalidUtf8AfterAMultiLineFieldFailsNamingItsLineStoringAndPublishingNothing() {
        byte[] body = bytes(utf8("role,text,timestamp\n"
                        + "lead,\"Looking for a studio\r\nin Midtown\r\nwith parking\",2026-03-04 09:00\n"
                        + "agent,Got it,2026-03-04 09:01\n"),
                "lead,Caf\u00e9 nearby?,2026-03-04 09:02\n".getBytes(StandardCharsets.ISO_8859_1));

        JsonPath job = ingestCsv(body, "guard-utf8");

        assertThat(job.getString("error")).isEqualTo("The file is not valid UTF-8 (invalid bytes on line 6); "
                + "re-export it as UTF-8");
        assertNothingStoredOrPublished(job, "guard-utf8");
    }

    @Test
    void anUnclosedQuoteFailsNamingItsLineStoringAndPublishingNothing() {
        JsonPath job = ingestCsv(utf8("role,text,timestamp\n"
                + "lead,Hello,2026-03-05 09:00\n"
                + "agent,\"Hi there,2026-03-05 09:01\n"
                + "lead,Bye,2026-03-05 09:02\n"), "guard-unclosed");

        assertThat(job.getString("error")).startsWith("A quoted field starting on line 3 is never closed");
        assertNothingStoredOrPublished(job, "guard-unclosed");
    }
}
