package com.leadtolease.agent;

import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.agent.repository.AuditRepository;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.agent.repository.MessageRepository;
import com.leadtolease.agent.repository.MongoChatMemoryStore;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.repository.TurnRepository;
import com.leadtolease.agent.service.AuditLog;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.leadtolease.agent.GuidedConversationTest.call;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The CRM read API, the data export and the erasure (docs/integrations.md "CRM read API"). */
@QuarkusTest
class CrmApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    LeadRepository leads;
    @Inject
    SessionRepository sessions;
    @Inject
    MessageRepository messages;
    @Inject
    TurnRepository turns;
    @Inject
    AuditRepository audit;
    @Inject
    MongoChatMemoryStore chatMemory;

    @Test
    void listsLeadsChangedSinceAnInstantPageByPageInTheOrderTheyChanged() throws InterruptedException {
        Instant since = Instant.now().minusMillis(5);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(upsert(Map.of("name", "Sync Person " + i, "email", "sync" + i + "-" + UUID.randomUUID()
                    + "@example.com", "stage", "touring")));
            Thread.sleep(3);
        }
        assertThat(listAll(since, "touring", 2)).as("five leads over three pages, none twice")
                .containsSubsequence(created).doesNotHaveDuplicates();

        Instant later = Instant.now();
        Thread.sleep(3);
        upsertExisting(created.get(1), Map.of("budget", 1750));
        assertThat(listAll(later, null, 2)).as("only what changed since").contains(created.get(1))
                .doesNotContain(created.get(0), created.get(2));
        assertThat(listAll(since, "touring", 100)).as("the changed lead moved to the end")
                .containsSubsequence(created.get(0), created.get(2), created.get(3), created.get(4), created.get(1));

        reader(Scopes.LEADS_READ).get("/api/leads?limit=101").then().statusCode(400);
        reader(Scopes.LEADS_READ).get("/api/leads?cursor=not-ours").then().statusCode(400);
        reader(Scopes.LEADS_READ).get("/api/leads?updatedSince=yesterday").then().statusCode(400);
        reader(Scopes.LEADS_READ).get("/api/leads?stage=nowhere").then().statusCode(400);
    }

    @Test
    void aLeadAnswersItsVersionAsETagAnd304WhileItIsUnchanged() {
        String id = upsert(Map.of("name", "Etta Tag", "email", "etta-" + UUID.randomUUID() + "@example.com"));
        Response first = reader(Scopes.LEADS_READ, Scopes.LEADS_READ_PII).get("/api/leads/" + id);
        first.then().statusCode(200);
        String etag = first.header("ETag");
        assertThat(etag).isEqualTo("\"" + first.jsonPath().getLong("version") + "\"");
        reader(Scopes.LEADS_READ, Scopes.LEADS_READ_PII).header("If-None-Match", etag).get("/api/leads/" + id)
                .then().statusCode(304);

        upsertExisting(id, Map.of("bedrooms", 3));
        Response changed = reader(Scopes.LEADS_READ, Scopes.LEADS_READ_PII).header("If-None-Match", etag)
                .get("/api/leads/" + id);
        changed.then().statusCode(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.jsonPath().getLong("version")).isGreaterThan(first.jsonPath().getLong("version"));
        assertThat(changed.jsonPath().getInt("bedrooms")).isEqualTo(3);
        assertThat(reader(Scopes.LEADS_READ).header("If-None-Match", changed.header("ETag")).get("/api/leads/" + id)
                .statusCode()).as("the redacted view is another representation").isEqualTo(200);
        reader(Scopes.LEADS_READ).get("/api/leads/no-such-lead").then().statusCode(404);
    }

    @Test
    void contactDetailsOnlyWithLeadsReadPii() {
        String email = "pia-" + UUID.randomUUID() + "@example.com";
        String id = upsert(Map.of("name", "Pia Private", "email", email, "phone", "713-555-0142"));
        JsonPath masked = reader(Scopes.LEADS_READ).get("/api/leads/" + id).then().statusCode(200).extract()
                .jsonPath();
        assertThat(masked.getString("name")).isNull();
        assertThat(masked.getString("email")).isNull();
        assertThat(masked.getString("phone")).isNull();
        assertThat(masked.getBoolean("piiRedacted")).isTrue();
        assertThat(masked.prettify()).doesNotContain(email).doesNotContain("555-0142").doesNotContain("Pia");

        JsonPath full = reader(Scopes.LEADS_READ, Scopes.LEADS_READ_PII).get("/api/leads/" + id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(full.getString("name")).isEqualTo("Pia Private");
        assertThat(full.getString("email")).isEqualTo(email);
        assertThat(full.getString("phone")).isEqualTo("713-555-0142");
        assertThat(full.getBoolean("piiRedacted")).isFalse();

        String listed = reader(Scopes.LEADS_READ).get("/api/leads?limit=100&updatedSince="
                + full.getString("updatedAt")).asString();
        assertThat(listed).contains(id).doesNotContain(email);
    }

    @Test
    void theTranscriptHidesNamesWithoutLeadsReadPiiAndNamesTheStaffWhoReplied() {
        Conversation chat = conversation("Ana Lopez");
        given().header("Authorization", TestTokens.operator("Maria")).contentType(ContentType.JSON)
                .body(Map.of("text", "Hi Ana, Maria here. Call me at 713-555-0199."))
                .post("/api/agent/operator/conversations/" + chat.sessionId + "/reply").then().statusCode(200);

        JsonPath redacted = reader(Scopes.LEADS_READ).get("/api/leads/" + chat.leadId + "/conversation").then()
                .statusCode(200).extract().jsonPath();
        assertThat(redacted.getBoolean("piiRedacted")).isTrue();
        assertThat(redacted.getString("sessions[0].sessionId")).isEqualTo(chat.sessionId);
        List<String> texts = redacted.getList("sessions[0].messages.text", String.class);
        assertThat(String.join("\n", texts)).doesNotContain("Ana").doesNotContain("Lopez")
                .doesNotContain(chat.email).doesNotContain(chat.phone).doesNotContain("555-0199")
                .contains("[NAME]").contains("2 bedrooms in Katy");
        assertThat(redacted.getList("sessions[0].messages.role", String.class)).contains("lead", "agent")
                .last().isEqualTo("operator");
        assertThat(redacted.getString("sessions[0].messages[-1].senderName")).isEqualTo("Maria");
        assertThat(redacted.getString("sessions[0].messages[-1].text"))
                .isEqualTo("Hi [NAME], Maria here. Call me at [PHONE].");

        JsonPath full = reader(Scopes.LEADS_READ, Scopes.LEADS_READ_PII)
                .get("/api/leads/" + chat.leadId + "/conversation").then().statusCode(200).extract().jsonPath();
        assertThat(full.getBoolean("piiRedacted")).isFalse();
        assertThat(String.join("\n", full.getList("sessions[0].messages.text", String.class))).contains("Ana Lopez");
    }

    @Test
    void theExportHoldsEverythingAboutThePerson() {
        Conversation chat = conversation("Erik Export");
        JsonPath export = reader(Scopes.LEADS_READ_PII).get("/api/leads/" + chat.leadId + "/data").then()
                .statusCode(200).extract().jsonPath();
        assertThat(export.getString("lead.email")).isEqualTo(chat.email);
        assertThat(export.getString("lead.name")).isEqualTo("Erik Export");
        assertThat(export.getList("sessions.id", String.class)).containsExactly(chat.sessionId);
        assertThat(export.getString("sessions[0].facts.email")).isEqualTo(chat.email);
        assertThat(export.getList("messages.threadId", String.class)).hasSize(messages.ofThread(chat.sessionId).size())
                .containsOnly(chat.sessionId);
        assertThat(export.getList("messages.cleanText", String.class)).anySatisfy(text ->
                assertThat(text).contains("2 bedrooms in Katy"));
        assertThat(export.getList("turns.sessionId", String.class)).isNotEmpty().containsOnly(chat.sessionId);
        assertThat(export.getString("exportedAt")).isNotNull();
        assertThat(audit.list("leadId = ?1 and kind = ?2", chat.leadId, AuditEntry.EXPORT))
                .as("the export is audited, naming who asked").singleElement()
                .satisfies(entry -> assertThat(entry.actor).isNotBlank());
        reader(Scopes.LEADS_READ).get("/api/leads/" + chat.leadId + "/data").then().statusCode(403);
    }

    @Test
    void erasingDeletesThePersonsDataPublishesLeadErasedOnceAndCanBeRepeated() {
        Conversation chat = conversation("Rosa Gone");
        assertThat(messages.ofThread(chat.sessionId)).isNotEmpty();

        String erasureId = eraser().delete("/api/leads/" + chat.leadId + "/data").then().statusCode(202).extract()
                .jsonPath().getString("erasureId");
        assertThat(erasureId).isNotBlank();

        ConsumerRecord<String, String> erased = KafkaTestClient.awaitEvents(Topics.LEADS_EVENTS,
                r -> chat.leadId.equals(r.key()) && EventTypes.LEAD_ERASED.equals(
                        KafkaTestClient.header(r, "ce_type").orElse("")), 1, WAIT).get(0);
        assertThat(erased.value()).contains("\"erasureId\":\"" + erasureId + "\"")
                .contains("\"sessionIds\":[\"" + chat.sessionId + "\"]").contains("\"requestedBy\":\"client:crm\"")
                .doesNotContain(chat.email).doesNotContain("Rosa");

        reader(Scopes.LEADS_READ, Scopes.LEADS_READ_PII).get("/api/leads/" + chat.leadId).then().statusCode(410);
        reader(Scopes.LEADS_READ, Scopes.LEADS_READ_PII).get("/api/leads/" + chat.leadId + "/conversation").then()
                .statusCode(410);
        reader(Scopes.LEADS_READ_PII).get("/api/leads/" + chat.leadId + "/data").then().statusCode(410);
        given().header("Authorization", TestTokens.operator("Maria"))
                .get("/api/agent/operator/conversations/" + chat.sessionId).then().statusCode(404);
        assertThat(messages.ofThread(chat.sessionId)).isEmpty();
        assertThat(sessions.findByIdOptional(chat.sessionId)).isEmpty();
        assertThat(turns.count("sessionId", chat.sessionId)).isZero();
        assertThat(chatMemory.findByIdOptional(chat.sessionId)).isEmpty();
        assertThat(audit.ofSession(chat.sessionId)).as("the audit log keeps the entries, without their summaries")
                .allSatisfy(entry -> assertThat(entry.summary).isIn(null, AuditLog.ERASED));
        var tombstone = leads.findById(chat.leadId);
        assertThat(tombstone.email).isNull();
        assertThat(tombstone.name).isNull();
        assertThat(tombstone.phone).isNull();
        assertThat(audit.findById("erasure-" + erasureId)).satisfies(entry -> {
            assertThat(entry.kind).isEqualTo(AuditEntry.ERASURE);
            assertThat(entry.detail).contains(chat.leadId).contains("client:crm").doesNotContain(chat.email);
        });
        String listed = reader(Scopes.LEADS_READ, Scopes.LEADS_READ_PII).get("/api/leads?limit=100").asString();
        assertThat(listed).doesNotContain(chat.leadId).doesNotContain(chat.email);

        assertThat(eraser().delete("/api/leads/" + chat.leadId + "/data").then().statusCode(202).extract()
                .jsonPath().getString("erasureId")).as("idempotent").isEqualTo(erasureId);
        assertThat(KafkaTestClient.readFor(Topics.LEADS_EVENTS, r -> chat.leadId.equals(r.key())
                && EventTypes.LEAD_ERASED.equals(KafkaTestClient.header(r, "ce_type").orElse("")),
                Duration.ofSeconds(2))).as("published once").hasSize(1);

        given().header("Authorization", TestTokens.bearer(Scopes.LEADS_WRITE, Scopes.LEADS_READ))
                .contentType(ContentType.JSON).body(Map.of("leadId", chat.leadId, "email", chat.email))
                .post("/api/leads/leads").then().statusCode(410);
        assertThat(leads.findById(chat.leadId).email).as("an upsert naming the erased lead stores nothing").isNull();
        String again = upsert(Map.of("name", "Rosa Gone", "email", chat.email));
        assertThat(again).as("the same email later is a new lead, not the erased one").isNotEqualTo(chat.leadId);
        assertThat(leads.findById(chat.leadId).email).isNull();
    }

    @Test
    void aRefusedErasureDeletesAndPublishesNothing() {
        Conversation chat = conversation("Kurt Kept");
        int stored = messages.ofThread(chat.sessionId).size();
        given().header("Authorization", TestTokens.client("crm", Scopes.LEADS_READ, Scopes.LEADS_READ_PII))
                .delete("/api/leads/" + chat.leadId + "/data").then().statusCode(403);
        given().delete("/api/leads/" + chat.leadId + "/data").then().statusCode(401);
        assertThat(leads.findById(chat.leadId).email).isEqualTo(chat.email);
        assertThat(leads.findById(chat.leadId).erasure).isNull();
        assertThat(messages.ofThread(chat.sessionId)).hasSize(stored);
        assertThat(sessions.findByIdOptional(chat.sessionId)).isPresent();
        assertThat(KafkaTestClient.readFor(Topics.LEADS_EVENTS, r -> chat.leadId.equals(r.key())
                && EventTypes.LEAD_ERASED.equals(KafkaTestClient.header(r, "ce_type").orElse("")),
                Duration.ofSeconds(2))).isEmpty();
    }

    private record Conversation(String sessionId, String leadId, String email, String phone) {
    }

    /** A guided chat in which the prospect gives their name, email, phone and what they look for. */
    private Conversation conversation(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.com";
        // Leads are deduplicated by phone too: each conversation gives its own.
        String phone = String.format("713-555-%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10000));
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        call("/api/agent/reply", Map.of("sessionId", sessionId, "text",
                "Hi, I am " + name + ", " + email + " " + phone + ", 2 bedrooms in Katy"));
        String leadId = await().atMost(WAIT).until(() -> sessions.findById(sessionId).leadId, id -> id != null);
        return new Conversation(sessionId, leadId, email, phone);
    }

    private List<String> listAll(Instant since, String stage, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = reader(Scopes.LEADS_READ).queryParam("updatedSince", since.toString())
                    .queryParam("limit", limit);
            if (stage != null) {
                request.queryParam("stage", stage);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/leads").then().statusCode(200).extract().jsonPath();
            List<String> pageIds = page.getList("leads.id", String.class);
            assertThat(pageIds.size()).isLessThanOrEqualTo(limit);
            page.getList("leads.updatedAt", String.class)
                    .forEach(at -> assertThat(Instant.parse(at)).isAfterOrEqualTo(since.minusMillis(1)));
            ids.addAll(pageIds);
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 200);
        return ids;
    }

    private static String upsert(Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(Scopes.LEADS_WRITE)).contentType(ContentType.JSON)
                .body(body).post("/api/leads/leads").then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static void upsertExisting(String leadId, Map<String, Object> changes) {
        Map<String, Object> body = new java.util.HashMap<>(changes);
        body.put("leadId", leadId);
        given().header("Authorization", TestTokens.bearer(Scopes.LEADS_WRITE)).contentType(ContentType.JSON)
                .body(body).post("/api/leads/leads").then().statusCode(200);
    }

    private static RequestSpecification reader(String... scopes) {
        return given().header("Authorization", TestTokens.client("crm", scopes));
    }

    private static RequestSpecification eraser() {
        return given().header("Authorization", TestTokens.client("crm", Scopes.LEADS_ERASE));
    }
}
