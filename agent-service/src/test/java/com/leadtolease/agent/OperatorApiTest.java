package com.leadtolease.agent;

import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.repository.AuditRepository;
import com.leadtolease.agent.repository.MessageRepository;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.repository.TurnRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import com.leadtolease.platform.security.Scopes;
import io.restassured.specification.RequestSpecification;
import com.leadtolease.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.leadtolease.agent.GuidedConversationTest.call;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/** Staff pick up a handed-off conversation: the hand-off list, the transcript, a reply that reaches the chat. */
@QuarkusTest
class OperatorApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SessionRepository sessions;
    @Inject
    MessageRepository messages;
    @Inject
    TurnRepository turns;
    @Inject
    AuditRepository audit;

    @Test
    void aHandedOffConversationIsListedReadAndAnsweredByStaffInTheProspectsChat() {
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        call("/api/agent/reply", Map.of("sessionId", sessionId, "text",
                "I'm Ana, ana@example.com, 2 bedrooms in Katy"));
        JsonPath handoff = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Can I talk to a person?"));
        assertThat(handoff.getBoolean("guardrail.handoff")).isTrue();
        ConsumerRecord<String, String> told = KafkaTestClient.awaitRecords(Topics.AGENT_ACTIONS,
                r -> sessionId.equals(r.key()) && r.value().contains("\"type\":\"handoff\""), 1, WAIT).get(0);
        assertThat(told.value()).as("the leasing team's hooks learn who needs a person and why")
                .contains("\"reason\":\"the prospect asked for a person\"").contains("\"email\":\"ana@example.com\"")
                .contains("\"idempotencyKey\"");

        List<Map<String, Object>> waiting = staff("Maria").get("/api/agent/operator/handoffs?limit=200").then()
                .statusCode(200).extract().jsonPath().getList("", (Class<Map<String, Object>>) (Class<?>) Map.class);
        assertThat(waiting).filteredOn(h -> sessionId.equals(h.get("sessionId"))).singleElement().satisfies(h -> {
            assertThat(h.get("name")).isEqualTo("Ana");
            assertThat(h.get("reason")).isEqualTo("the prospect asked for a person");
            assertThat(h.get("handedOffAt")).isNotNull();
        });
        JsonPath transcript = staff("Maria").get("/api/agent/operator/conversations/" + sessionId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(transcript.getString("lead.email")).isEqualTo("ana@example.com");
        assertThat(transcript.getList("messages.role")).containsExactly("agent", "lead", "agent", "lead", "agent");
        assertThat(transcript.getString("messages[1].text")).as("stored redacted, as every live message")
                .contains("2 bedrooms in Katy").doesNotContain("ana@example.com");

        JsonPath sent = staff("Maria")
                .body(Map.of("text", "Hi Ana, Maria here. When would you like to visit?"))
                .post("/api/agent/operator/conversations/" + sessionId + "/reply").then().statusCode(200)
                .extract().jsonPath();
        String shown = "Maria (leasing team): Hi Ana, Maria here. When would you like to visit?";
        assertThat(sent.getString("reply")).isEqualTo(shown);

        ConsumerRecord<String, String> event = KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()) && EventTypes.OPERATOR_REPLIED.equals(KafkaTestClient.header(r,
                        "ce_type").orElse("")), 1, WAIT).get(0);
        assertThat(KafkaTestClient.header(event, "ce_id")).contains(sent.getString("eventId"));
        assertThat(event.value()).contains(shown).contains("\"inReplyTo\":null");
        assertThat(messages.ofThread(sessionId)).last().satisfies(m -> {
            assertThat(m.role).isEqualTo("agent");
            assertThat(m.cleanText).isEqualTo(shown);
            assertThat(m.source).isEqualTo("live");
        });
        assertThat(audit.ofSession(sessionId)).filteredOn(e -> AuditEntry.OPERATOR.equals(e.kind))
                .extracting(e -> e.name + " " + e.detail).containsExactly("reply operator=Maria");
        ConversationSession session = sessions.findById(sessionId);
        assertThat(session.operator).isEqualTo("Maria");
        await().atMost(WAIT).untilAsserted(() -> assertThat(turns.findById("operator-" + sent.getString("eventId")))
                .extracting(turn -> turn.outbox).as("published, so out of the outbox").isEqualTo(List.of()));

        // Staff hold the conversation: the prospect's answer is stored for them, and the agent says nothing.
        JsonPath held = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Saturday at 2 works for me"));
        assertThat(held.getString("reply")).isEmpty();
        assertThat(held.getList("cards")).isEmpty();
        assertThat(KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND, r -> sessionId.equals(r.key())
                && EventTypes.AGENT_REPLIED.equals(KafkaTestClient.header(r, "ce_type").orElse(""))
                && r.value().contains("\"reply\":\"\""), 1, WAIT)).hasSize(1);
        assertThat(messages.ofThread(sessionId)).last().satisfies(m -> {
            assertThat(m.role).isEqualTo("lead");
            assertThat(m.cleanText).isEqualTo("Saturday at 2 works for me");
        });

        staff("Maria").body(Map.of())
                .post("/api/agent/operator/conversations/" + sessionId + "/release").then().statusCode(204);
        assertThat(sessions.findById(sessionId).handedOff).isFalse();
        JsonPath answered = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "what are the fees?"));
        assertThat(answered.getString("reply")).as("the agent answers again after the release").isNotBlank();
        assertThat(messages.ofThread(sessionId)).extracting(m -> m.turnIndex)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(audit.ofSession(sessionId)).filteredOn(e -> AuditEntry.OPERATOR.equals(e.kind))
                .extracting(e -> e.name).containsExactly("reply", "release");
    }

    @Test
    void theHoldEndsByItselfAfterTheConfiguredTime() {
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        staff("Sam").body(Map.of("text", "Hi, Sam here."))
                .post("/api/agent/operator/conversations/" + sessionId + "/reply").then().statusCode(200);
        ConversationSession session = sessions.findById(sessionId);
        assertThat(session.staffHoldUntil).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "I need 2 bedrooms in Katy"))
                .getString("reply")).isEmpty();
        session = sessions.findById(sessionId);
        assertThat(session.facts.bedrooms).as("facts are still read while staff hold it").isEqualTo(2);
        assertThat(session.facts.areas).containsExactly("Katy");
        JsonPath steering = call("/api/agent/reply", Map.of("sessionId", sessionId, "text",
                "Is this a white neighborhood?"));
        assertThat(steering.getString("reply")).as("staff answer it").isEmpty();
        assertThat(steering.getString("guardrail.triggered")).isEqualTo("fair_housing");
        assertThat(audit.ofSession(sessionId)).filteredOn(e -> AuditEntry.GUARDRAIL.equals(e.kind))
                .extracting(e -> e.name).containsExactly("fair_housing");

        session = sessions.findById(sessionId);

        session.staffHoldUntil = Instant.now().minusSeconds(1);
        sessions.update(session);
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "under $1800"))
                .getString("reply")).contains("under $1,800");
    }

    @Test
    void aRetriedStaffReplyWithTheSameKeyIsSentOnce() {
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        List<String> eventIds = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            eventIds.add(staff("Sam").header("Idempotency-Key", "console-42")
                    .body(Map.of("text", "We have a 2-bedroom free in May."))
                    .post("/api/agent/operator/conversations/" + sessionId + "/reply").then().statusCode(200)
                    .extract().jsonPath().getString("eventId"));
        }
        staff("Sam").header("Idempotency-Key", "console-43")
                .body(Map.of("text", "And a 1-bedroom."))
                .post("/api/agent/operator/conversations/" + sessionId + "/reply").then().statusCode(200);

        assertThat(eventIds.get(1)).isEqualTo(eventIds.get(0));
        assertThat(messages.ofThread(sessionId)).extracting(m -> m.cleanText).containsExactly(
                messages.ofThread(sessionId).get(0).cleanText, "Sam (leasing team): We have a 2-bedroom free in May.",
                "Sam (leasing team): And a 1-bedroom.");
        KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND, r -> sessionId.equals(r.key())
                && r.value().contains("And a 1-bedroom."), 1, WAIT);
        assertThat(KafkaTestClient.readFor(Topics.CHAT_OUTBOUND, r -> sessionId.equals(r.key())
                && r.value().contains("2-bedroom free in May"), Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void staffJoiningUnaskedMarksTheConversationHandedOff() {
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        staff("Sam").body(Map.of("text", "Hello from the office!"))
                .post("/api/agent/operator/conversations/" + sessionId + "/reply").then().statusCode(200);

        ConversationSession session = sessions.findById(sessionId);
        assertThat(session.handedOff).isTrue();
        assertThat(session.handoffReason).isEqualTo("staff joined the conversation");
        assertThat(session.operator).isEqualTo("Sam");
    }

    /** The name the prospect and the audit trail see is the signed-in operator's; a name in the body goes nowhere. */
    @Test
    void aReplyCarriesTheSignedInOperatorsNameWhateverTheBodySays() {
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");

        String reply = staff("Sam").body(Map.of("operator", "The Landlord", "text", "Hi, it's the office."))
                .post("/api/agent/operator/conversations/" + sessionId + "/reply").then().statusCode(200)
                .extract().path("reply");

        assertThat(reply).isEqualTo("Sam (leasing team): Hi, it's the office.");
        assertThat(sessions.findById(sessionId).operator).isEqualTo("Sam");
        assertThat(audit.ofSession(sessionId)).filteredOn(e -> AuditEntry.OPERATOR.equals(e.kind))
                .extracting(e -> e.detail).containsExactly("operator=Sam");
    }

    @Test
    void aBadReplyIsRefusedAndWritesNothing() {
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        long version = sessions.findById(sessionId).version;

        staff("Maria").body(Map.of("text", "  "))
                .post("/api/agent/operator/conversations/" + sessionId + "/reply").then().statusCode(400)
                .contentType("application/problem+json");
        staff("Maria").body(Map.of("operator", "Maria"))
                .post("/api/agent/operator/conversations/" + sessionId + "/reply").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("text", "Hello"))
                .post("/api/agent/operator/conversations/" + sessionId + "/reply").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(Scopes.LEADS_WRITE)).contentType(ContentType.JSON)
                .body(Map.of("text", "Hello")).post("/api/agent/operator/conversations/" + sessionId + "/reply")
                .then().statusCode(403);
        staff("Maria").body(Map.of("text", "Hello"))
                .post("/api/agent/operator/conversations/no-such-session/reply").then().statusCode(404)
                .body("detail", containsString("no-such-session"));

        ConversationSession unchanged = sessions.findById(sessionId);
        assertThat(unchanged.version).isEqualTo(version);
        assertThat(unchanged.handedOff).isFalse();
        assertThat(messages.ofThread(sessionId)).hasSize(1);
        List<Turn> stored = turns.find("sessionId", sessionId).list();
        assertThat(stored).noneMatch(turn -> turn.id.startsWith("operator-"));
        assertThat(audit.ofSession(sessionId)).noneMatch(e -> AuditEntry.OPERATOR.equals(e.kind));

        sessions.closeIfInactive(sessionId, Instant.now().plusSeconds(60), Instant.now(), "test");
        staff("Maria").body(Map.of("text", "Hello"))
                .post("/api/agent/operator/conversations/" + sessionId + "/reply").then().statusCode(410)
                .body("detail", containsString("expired"));
    }

    @Test
    void theInboxListsConversationsNeedingAPersonFirstThenLiveOnesWithTheirSummary() {
        String live = call("/api/agent/start", Map.of()).getString("sessionId");
        String asked = call("/api/agent/start", Map.of()).getString("sessionId");
        call("/api/agent/reply", Map.of("sessionId", asked, "text", "I'm Ana Lopez, 2 bedrooms in Katy under $1900"));
        call("/api/agent/reply", Map.of("sessionId", asked, "text", "Can I talk to a person?"));
        call("/api/agent/reply", Map.of("sessionId", live, "text", "I need 1 bedroom in Cypress"));

        List<Map<String, Object>> inbox = staff("Maria").get("/api/agent/operator/conversations?status=live&limit=200")
                .then().statusCode(200).extract().jsonPath()
                .getList("", (Class<Map<String, Object>>) (Class<?>) Map.class);
        List<String> order = inbox.stream().map(row -> (String) row.get("sessionId")).toList();
        assertThat(order).contains(asked, live);
        assertThat(order.indexOf(asked)).as("a hand-off before a newer live conversation").isLessThan(order.indexOf(live));
        assertThat(inbox.stream().takeWhile(row -> Boolean.TRUE.equals(row.get("needsPerson"))).count())
                .as("every hand-off comes before every live conversation")
                .isEqualTo(inbox.stream().filter(row -> Boolean.TRUE.equals(row.get("needsPerson"))).count());
        assertThat(inbox).filteredOn(row -> asked.equals(row.get("sessionId"))).singleElement().satisfies(row -> {
            assertThat(row.get("firstName")).as("only the first name in a list").isEqualTo("Ana");
            assertThat(row.get("reason")).isEqualTo("the prospect asked for a person");
            assertThat(row.get("waitingSince")).isNotNull();
            assertThat(row.get("heldByStaff")).isEqualTo(false);
        });
        assertThat(inbox).filteredOn(row -> live.equals(row.get("sessionId"))).singleElement()
                .satisfies(row -> assertThat(row.get("needsPerson")).isEqualTo(false));

        staff("Maria").get("/api/agent/operator/conversations/" + asked).then().statusCode(200)
                .body("summary", org.hamcrest.Matchers.equalTo("Ana, 2 bd in Katy ≤ $1,900; asked for a person"));
        staff("Maria").get("/api/agent/operator/conversations?status=closed").then().statusCode(400);
    }

    @Test
    void takingOverPausesTheAgentUntilTheConversationIsHandedBack() {
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Can I talk to a person?"));

        staff("Maria").post("/api/agent/operator/conversations/" + sessionId + "/take-over").then().statusCode(200)
                .body("heldByStaff", org.hamcrest.Matchers.equalTo(true))
                .body("operator", org.hamcrest.Matchers.equalTo("Maria"));
        ConversationSession session = sessions.findById(sessionId);
        assertThat(session.staffHoldUntil).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
        assertThat(session.handoffReason).as("the prospect's reason stays").isEqualTo("the prospect asked for a person");
        assertThat(audit.ofSession(sessionId)).filteredOn(e -> AuditEntry.OPERATOR.equals(e.kind))
                .extracting(e -> e.name + " " + e.detail).containsExactly("take-over operator=Maria");

        JsonPath quiet = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "what are the fees?"));
        assertThat(quiet.getString("reply")).as("no agent reply while staff hold it").isEmpty();
        assertThat(messages.ofThread(sessionId)).last().satisfies(m -> assertThat(m.role).isEqualTo("lead"));

        staff("Maria").post("/api/agent/operator/conversations/" + sessionId + "/release").then().statusCode(204);
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "what are the fees?"))
                .getString("reply")).isNotBlank();
    }

    @Test
    void takingOverAnUnknownConversationIsRefusedWithoutATrace() {
        staff("Maria").post("/api/agent/operator/conversations/no-such-session/take-over").then().statusCode(404);
        given().contentType(ContentType.JSON).post("/api/agent/operator/conversations/no-such-session/take-over")
                .then().statusCode(401);
        assertThat(audit.ofSession("no-such-session")).isEmpty();
    }

    /** A request from a member of the leasing team signed in under {@code name}. */
    private static RequestSpecification staff(String name) {
        return given().header("Authorization", TestTokens.operator(name)).contentType(ContentType.JSON);
    }
}
