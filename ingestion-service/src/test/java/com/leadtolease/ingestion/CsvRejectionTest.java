package com.leadtolease.ingestion;

import static com.leadtolease.ingestion.support.IngestApi.csv;
import static com.leadtolease.ingestion.support.IngestApi.ingestCsv;
import static com.leadtolease.ingestion.support.IngestApi.threads;
import static org.assertj.core.api.Assertions.assertThat;

import com.leadtolease.ingestion.support.MongoPeek;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Inputs that cannot be ingested fail the job with a clear error and leave nothing behind. */
@QuarkusTest
class CsvRejectionTest {

    private static void assertFailedWith(JsonPath job, String... fragments) {
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("error")).contains(fragments);
    }

    private static void assertNothingStoredBy(JsonPath job, String source) {
        String jobId = job.getString("id");
        assertThat(threads(source).getInt("total")).isZero();
        assertThat(MongoPeek.db().getCollection("threads").countDocuments(Filters.eq("job_id", jobId))).isZero();
        assertThat(MongoPeek.db().getCollection("messages").countDocuments(Filters.eq("job_id", jobId))).isZero();
        assertThat(MongoPeek.db().getCollection("raw_messages").countDocuments(Filters.eq("job_id", jobId))).isZero();
    }

    @Test
    void missingColumnsFailAtOnceNamingFoundAndExpectedColumns() {
        JsonPath job = ingestCsv(csv("speaker,content", "lead,hi there"), "reject-columns");

        assertFailedWith(job, "lacks the column(s) [timestamp]", "Found [speaker, content]", "expected role");
        assertNothingStoredBy(job, "reject-columns");
    }

    @Test
    void anEmptyFileFails() {
        assertFailedWith(ingestCsv("", "reject-empty"), "The file is empty");
        assertFailedWith(ingestCsv("\n\r\n\n", "reject-blank-lines"), "The file is empty");
    }

    @Test
    void aHeaderWithoutRowsFails() {
        assertFailedWith(ingestCsv("\uFEFFrole,text,timestamp\r\n", "reject-header-only"), "header but no data rows");
    }

    @Test
    void nonUtf8BytesFailTheJobInsteadOfBeingGarbled() {
        byte[] latin1 = csv("role,text,timestamp", "lead,Je cherche un appartement pr\u00e8s du caf\u00e9,2026-01-01 10:00")
                .getBytes(StandardCharsets.ISO_8859_1);

        JsonPath job = ingestCsv(latin1, "reject-latin1");

        assertFailedWith(job, "not valid UTF-8", "line 2");
        assertNothingStoredBy(job, "reject-latin1");
    }

    @Test
    void aTenMegabyteFieldRejectsItsRowWithoutFailingTheOthers() {
        String huge = "y".repeat(10 * 1024 * 1024);
        JsonPath job = ingestCsv(csv("role,text,timestamp",
                "lead,Looking for a 1 bedroom in Midtown (huge field test),2026-01-01 10:00",
                "agent,\"" + huge + "\",2026-01-01 10:01",
                "agent,Happy to help!,2026-01-01 10:02"), "reject-huge");

        assertThat(job.getString("status")).isEqualTo("succeeded");
        assertThat(job.getInt("counts.rowsRejected")).isEqualTo(1);
        assertThat(job.getInt("counts.messages")).isEqualTo(2);
        assertThat(job.getInt("problems[0].line")).isEqualTo(3);
        assertThat(job.getString("problems[0].reason")).contains("longer than the allowed maximum");
    }

    @Test
    void aJobWhereNoRowIsUsableFailsListingEveryRow() {
        JsonPath job = ingestCsv(csv("role,text,timestamp", "robot,beep,2026-01-01", "robot,boop,2026-01-01"),
                "reject-all-rows");

        assertFailedWith(job, "None of the 2 rows could be ingested");
        assertThat(job.getList("problems.line", Integer.class)).containsExactly(2, 3);
    }

    @Test
    void aFailureAfterSeveralBatchesLeavesNothingHalfWritten() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("role,text,timestamp\n".getBytes(StandardCharsets.UTF_8));
        for (int thread = 0; thread < 1500; thread++) {
            body.writeBytes(csv(
                    "lead,Hi I want a 2 bedroom in the Heights (half-written " + thread + "),2026-01-02 10:00",
                    "agent,Sure! When do you move?,2026-01-02 10:05",
                    "lead,Next month,2026-01-02 10:06",
                    "",
                    "").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes("lead,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        JsonPath job = ingestCsv(body.toByteArray(), "reject-half-written");

        assertFailedWith(job, "not valid UTF-8");
        assertThat(job.getInt("counts.threads")).as("batches were staged before the failure").isGreaterThan(600);
        assertNothingStoredBy(job, "reject-half-written");
    }
}
