package com.leadtolease.ingestion;

import static com.leadtolease.ingestion.support.IngestApi.csv;
import static com.leadtolease.ingestion.support.IngestApi.ingestCsv;
import static com.leadtolease.ingestion.support.IngestApi.thread;
import static com.leadtolease.ingestion.support.IngestApi.threads;
import static org.assertj.core.api.Assertions.assertThat;

import com.leadtolease.ingestion.support.MongoPeek;
import com.leadtolease.text.pii.AesGcmVault;
import com.leadtolease.text.pii.PiiKind;
import com.leadtolease.text.pii.PiiRedactor;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A CSV goes in over HTTP and comes back out of the API cleaned, understood and PII-free. */
@QuarkusTest
class CsvIngestionTest {

    private static final String EMAIL = "maria.test@example.com";
    private static final String PHONE = "713-555-0142";
    private static final PiiRedactor TEST_HASHES = new PiiRedactor("test-only-pii-hash-secret");

    /** Two threads separated by two empty rows, synonyms, a prefix role, a repeat, a bad role, a bad timestamp. */
    static String twoThreads(String salt) {
        return csv(
                "Speaker,Body,Sent_At",
                "Prospect,\"Hi, I'm looking for a 2 bedroom in Montrose under $1,800, moving March 1st. I have a dog. ("
                        + salt + ")\",2026-01-10 10:00",
                "Leasing Agent,Thanks! What's the best email to reach you?,2026-01-10T16:05:00Z",
                "Prospect,You can reach me at " + EMAIL + " or " + PHONE + ",1/10/2026 10:07 AM",
                "Prospect,You can reach me at " + EMAIL + " or " + PHONE + ",1/10/2026 10:07 AM",
                ",\"Agent: Here are three options in Montrose that fit your budget:\n1. The Alcove\n2. Avondale Courts\","
                        + "sometime soon",
                "Alien,I am not a role,2026-01-10 10:12",
                ",,",
                ",,",
                "Lead,Can I schedule a tour on Saturday? (" + salt + "),2026-02-01 09:00",
                "Agent,Your tour is confirmed for Saturday at 11am at 2400 Westheimer Rd.,2026-02-01 09:05");
    }

    @Test
    void countsThreadsMessagesRepeatsRejectedRowsAndTimestampProblems() {
        JsonPath job = ingestCsv(twoThreads("counts"), "csv-counts");

        assertThat(job.getString("status")).isEqualTo("succeeded");
        assertThat(job.getFloat("progress")).isEqualTo(1.0f);
        assertThat(job.getMap("counts")).containsAllEntriesOf(Map.of(
                "threads", 2, "messages", 6, "duplicatesDropped", 1, "rowsRead", 8, "rowsRejected", 1,
                "timestampProblems", 1, "threadsAlreadyStored", 0));
        assertThat(job.getList("problems.line", Integer.class)).containsExactly(6, 9);
        assertThat(job.getList("problems.reason", String.class))
                .anySatisfy(reason -> assertThat(reason).contains("'sometime soon' could not be read"))
                .anySatisfy(reason -> assertThat(reason).contains("role 'Alien' is neither agent nor lead"));
        assertThat(threads("csv-counts").getInt("total")).isEqualTo(2);
    }

    @Test
    void storesRolesUtcTimestampsEntitiesAndStagesReadableThroughTheApi() {
        ingestCsv(twoThreads("read-back"), "csv-read-back");
        JsonPath list = threads("csv-read-back");
        String qualifyingThread = list.getString("items.find { it.messageCount == 4 }.threadId");

        JsonPath detail = thread(qualifyingThread);

        assertThat(qualifyingThread).startsWith("csv-");
        assertThat(detail.getList("messages.role")).containsExactly("lead", "agent", "lead", "agent");
        assertThat(detail.getList("messages.turnIndex", Integer.class)).containsExactly(0, 1, 2, 3);
        assertThat(detail.getString("messages[0].timestamp")).as("naive time read in America/Chicago")
                .isEqualTo("2026-01-10T16:00:00Z");
        assertThat(detail.getString("messages[3].timestamp")).isNull();
        assertThat(detail.getString("messages[3].cleanText")).as("speaker prefix stripped")
                .startsWith("Here are three options").contains("\n1. The Alcove");
        assertThat(detail.getString("messages[3].stage")).isEqualTo("sending_list");
        assertThat(detail.getInt("messages[0].entities.budget")).isEqualTo(1800);
        assertThat(detail.getInt("messages[0].entities.bedrooms")).isEqualTo(2);
        assertThat(detail.getList("messages[0].entities.areas")).containsExactly("Montrose");
        assertThat(detail.getList("messages[0].entities.pets")).containsExactly("dog");
        assertThat(detail.getString("messages[0].entities.moveDate")).isEqualTo("2026-03-01");
        assertThat(detail.getString("thread.stage")).isEqualTo("sending_list");
        assertThat(detail.getList("thread.labels")).contains("qualifying", "sending_list");
        assertThat(detail.getInt("thread.leadProfile.budget")).isEqualTo(1800);
        assertThat(detail.getList("thread.leadProfile.preferredAreas")).containsExactly("Montrose");
        assertThat(detail.getString("thread.firstMessageTs")).isEqualTo("2026-01-10T16:00:00Z");
        assertThat(detail.getString("thread.summary")).contains("Montrose").contains("sending_list");

        String touringThread = list.getString("items.find { it.messageCount == 2 }.threadId");
        assertThat(thread(touringThread).getString("thread.stage")).isEqualTo("touring");
        assertThat(threads("csv-read-back").getInt("total")).isEqualTo(2);
        assertThat(io.restassured.RestAssured.given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                .queryParam("source", "csv-read-back").queryParam("stage", "touring")
                .get("/api/training/threads").then().statusCode(200).extract().jsonPath().getList("items.threadId"))
                .containsExactly(touringThread);
    }

    @Test
    void replacesEmailsPhonesAndAddressesWithPlaceholdersAndKeepsOnlyKeyedHashes() {
        ingestCsv(twoThreads("pii"), "csv-pii");
        JsonPath list = threads("csv-pii");
        JsonPath lead = thread(list.getString("items.find { it.messageCount == 4 }.threadId"));
        JsonPath tour = thread(list.getString("items.find { it.messageCount == 2 }.threadId"));

        String contact = lead.getString("messages[2].cleanText");
        assertThat(contact).isEqualTo("You can reach me at [EMAIL] or [PHONE]");
        assertThat(lead.getString("messages[2].text")).doesNotContain(EMAIL).doesNotContain("0142");
        String emailHash = TEST_HASHES.hash(PiiKind.EMAIL, EMAIL);
        String phoneHash = TEST_HASHES.hash(PiiKind.PHONE, PHONE);
        assertThat(lead.getList("messages[2].piiHashes.email")).containsExactly(emailHash);
        assertThat(lead.getList("messages[2].piiHashes.phone")).containsExactly(phoneHash);
        assertThat(lead.getString("thread.leadProfile.emailHash")).isEqualTo(emailHash);
        assertThat(lead.getString("thread.leadProfile.phoneHash")).isEqualTo(phoneHash);
        assertThat(tour.getString("messages[1].cleanText")).contains("[ADDRESS]").doesNotContain("Westheimer");

        Document messageDoc = MongoPeek.db().getCollection("messages")
                .find(Filters.eq("_id", lead.getString("messages[2].messageId"))).first();
        assertThat(messageDoc.toJson()).doesNotContain(EMAIL).doesNotContain(PHONE);
        Document raw = MongoPeek.db().getCollection("raw_messages")
                .find(Filters.eq("_id", lead.getString("messages[2].messageId"))).first();
        assertThat(raw.getString("text_storage")).isEqualTo("encrypted");
        assertThat(raw.getString("text")).doesNotContain(EMAIL);
        assertThat(new AesGcmVault("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=").decrypt(raw.getString("text")))
                .isEqualTo("You can reach me at " + EMAIL + " or " + PHONE);
        assertThat(raw.get("source_line", Number.class).longValue()).isEqualTo(4);
    }

    @Test
    void aThreadIdColumnGroupsRowsAndSingleEmptyRowsDoNotSplit() {
        JsonPath job = ingestCsv(csv(
                "conversation_id,role,text,timestamp",
                "A-1,lead,hello there looking for a studio in Midtown (thread-id test),2026-01-05 09:00",
                "A-1,agent,Hi! When would you like to move?,2026-01-05 09:01",
                ",,,",
                "A-1,lead,in April,2026-01-05 09:02",
                "B-2,lead,Hi I need a 1 bedroom in EaDo (thread-id test),2026-01-06 09:00",
                "B-2,agent,Sure! Any pets?,2026-01-06 09:03"), "csv-thread-ids");

        assertThat(job.getInt("counts.threads")).isEqualTo(2);
        JsonPath list = threads("csv-thread-ids");
        assertThat(list.getList("items.sourceThreadId")).containsExactlyInAnyOrder("A-1", "B-2");
        assertThat(list.getInt("items.find { it.sourceThreadId == 'A-1' }.messageCount")).isEqualTo(3);
        assertThat(list.getInt("items.find { it.sourceThreadId == 'B-2' }.messageCount")).isEqualTo(2);
    }

    @Test
    void ingestingTheSameFileAgainAddsNoThread() {
        String file = twoThreads("idempotent");
        JsonPath first = ingestCsv(file, "csv-again");
        JsonPath second = ingestCsv(file, "csv-again");

        assertThat(first.getInt("counts.threads")).isEqualTo(2);
        assertThat(second.getString("status")).isEqualTo("succeeded");
        assertThat(second.getInt("counts.threads")).isZero();
        assertThat(second.getInt("counts.threadsAlreadyStored")).isEqualTo(2);
        assertThat(second.getInt("counts.messages")).isZero();
        assertThat(threads("csv-again").getInt("total")).isEqualTo(2);
        List<String> ids = threads("csv-again").getList("items.threadId");
        assertThat(MongoPeek.db().getCollection("messages").countDocuments(Filters.in("thread_id", ids))).isEqualTo(6);
    }

    @Test
    void anUnknownThreadOrJobIsAProblem404() {
        io.restassured.RestAssured.given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                .get("/api/training/threads/csv-nope").then().statusCode(404)
                .contentType("application/problem+json");
        io.restassured.RestAssured.given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                .get("/api/training/jobs/job-nope").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
