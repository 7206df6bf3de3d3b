package com.leadtolease.gateway.chat;

import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.repository.ReplyLog;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import jakarta.inject.Inject;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import static com.leadtolease.gateway.rest.AgentResource.CHAT_TOKEN;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** POST /api/agent/start|reply|action travel over chat.inbound and wait for the correlated chat.outbound answer. */
@QuarkusTest
class AgentTurnsOverKafkaTest extends FakeAgentTestBase {

    /** A CRM integration (client:test) that may start conversations and speak in those it started. */
    private static String crm() {
        return TestTokens.bearer(Scopes.AGENT_CONVERSE);
    }

    @Inject
    ChatSessionRepository sessions;

    /** A session id the CRM client holds, as if it had started the session (nothing is published). */
    private String crmSession(String prefix) {
        String sessionId = prefix + UUID.randomUUID();
        assertThat(sessions.claim(sessionId, "client:test", Instant.now())).isTrue();
        return sessionId;
    }


    @Test
    void startMintsTheSessionAndReplyAndActionAreAnsweredOverKafka() {
        JsonPath started = given().contentType("application/json").body("{\"propertyId\":\"katy-grand-oaks\"}")
                .when().post("/api/agent/start")
                .then().statusCode(200)
                .body("sessionId", matchesPattern("[0-9a-f-]{36}"))
                .body("reply", equalTo("Hi! I can help you find a home at katy-grand-oaks."))
                .body("stage", equalTo("qualifying"))
                .body("cards[0].type", equalTo("listing"))
                .body("guardrail.handoff", equalTo(false))
                .extract().jsonPath();
        String sessionId = started.getString("sessionId");
        String token = started.getString("token");

        given().header(CHAT_TOKEN, token).contentType("application/json")
                .body("{\"sessionId\":\"" + sessionId + "\",\"text\":\"2 bedrooms\"}")
                .when().post("/api/agent/reply")
                .then().statusCode(200).body("sessionId", equalTo(sessionId)).body("reply", equalTo("You said: 2 bedrooms"))
                .body("token", nullValue());
        given().header(CHAT_TOKEN, token).contentType("application/json")
                .body("{\"sessionId\":\"" + sessionId + "\",\"type\":\"choose_listing\","
                        + "\"payload\":{\"propertyId\":\"katy-grand-oaks\"}}")
                .when().post("/api/agent/action")
                .then().statusCode(200).body("reply", equalTo("Done: choose_listing"));

        ConsumerRecord<String, String> start = KafkaTestClient.awaitRecord(Topics.CHAT_INBOUND,
                r -> sessionId.equals(r.key()), Duration.ofSeconds(20));
        assertThat(start.value()).contains("\"kind\":\"start\"").contains("\"propertyId\":\"katy-grand-oaks\"")
                .contains("\"messageId\":\"gw-");
        assertThat(agent.receivedFor(sessionId)).extracting(d -> d.get("kind").asText())
                .containsExactly("start", "message", "action");
        // REST turns land in the same reply log as WebSocket ones, so a web chat of the session can replay them
        assertThat(replyLog.after(sessionId, 0)).extracting(ReplyLog.StoredReply::seq).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anUnansweredTurnIsA504ProblemAfterTheTurnTimeout() {
        given().header("Authorization", crm()).contentType("application/json").body("{\"sessionId\":\"" + crmSession("s-") + "\",\"text\":\""
                        + FakeAgent.SILENCE + "\"}")
                .when().post("/api/agent/reply")
                .then().statusCode(504).contentType("application/problem+json")
                .body("status", equalTo(504))
                .body("detail", containsString("did not answer within 3 s"))
                .body("detail", containsString("your message was kept and will be answered"));
    }

    @Test
    void theAgentsRefusalsComeBackAsTheirProblems() {
        given().header("Authorization", crm()).contentType("application/json").body("{\"sessionId\":\"" + crmSession("gone-") + "\",\"text\":\"hi\"}")
                .when().post("/api/agent/reply")
                .then().statusCode(410).contentType("application/problem+json")
                .body("title", equalTo("Gone")).body("detail", containsString("expired"));
        given().header("Authorization", crm()).contentType("application/json").body("{\"sessionId\":\"" + crmSession("unknown-")
                        + "\",\"type\":\"handoff\"}")
                .when().post("/api/agent/action")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("No conversation"));
        given().header("Authorization", crm()).contentType("application/json").body("{\"sessionId\":\"" + crmSession("invalid-")
                        + "\",\"type\":\"choose_listing\",\"payload\":{\"propertyId\":\"nowhere\"}}")
                .when().post("/api/agent/action")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("payload.propertyId"))
                .body("errors[0].message", equalTo("no such property"));
    }

    @Test
    void anInvalidTurnIsA400AndNeverPublished() {
        String sessionId = crmSession("s-");
        given().header("Authorization", crm()).contentType("application/json")
                .body("{\"sessionId\":\"" + sessionId + "\",\"type\":\"choose_slot\"}")
                .when().post("/api/agent/action")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("payload.slotId"));
        given().header("Authorization", crm()).contentType("application/json").body("{\"sessionId\":\"" + sessionId + "\"}")
                .when().post("/api/agent/reply")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        assertThat(KafkaTestClient.readFor(Topics.CHAT_INBOUND, r -> sessionId.equals(r.key()), Duration.ofSeconds(2)))
                .isEmpty();
    }

    /** Knowing a session id is not enough to talk as that prospect ("cancel my tour"). */
    @Test
    void aTurnWithOnlyTheSessionIdOrAnotherSessionsTokenIsRefusedAndNeverPublished() {
        String sessionId = startedSession().getString("sessionId");
        String otherToken = startedSession().getString("token");

        given().contentType("application/json").body("{\"sessionId\":\"" + sessionId + "\",\"text\":\"cancel my tour\"}")
                .when().post("/api/agent/reply").then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("X-Chat-Token"));
        given().header(CHAT_TOKEN, otherToken).contentType("application/json")
                .body("{\"sessionId\":\"" + sessionId + "\",\"type\":\"handoff\"}")
                .when().post("/api/agent/action").then().statusCode(401)
                .body("detail", containsString("token of another chat session"));
        given().header("Authorization", TestTokens.bearer(Scopes.LEADS_WRITE)).contentType("application/json")
                .body("{\"sessionId\":\"" + sessionId + "\",\"text\":\"cancel my tour\"}")
                .when().post("/api/agent/reply").then().statusCode(403);

        assertThat(KafkaTestClient.readFor(Topics.CHAT_INBOUND, r -> sessionId.equals(r.key())
                && !r.value().contains("\"kind\":\"start\""), Duration.ofSeconds(2))).isEmpty();
    }

    /** An integration speaks only in the conversations it started; a prospect's conversation stays the prospect's. */
    @Test
    void aConverseClientSpeaksOnlyInTheConversationsItStarted() {
        String crmA = TestTokens.client("crm-a", Scopes.AGENT_CONVERSE);
        String crmB = TestTokens.client("crm-b", Scopes.AGENT_CONVERSE);
        String sessionId = "crm-" + UUID.randomUUID();
        given().header("Authorization", crmA).contentType("application/json")
                .body("{\"sessionId\":\"" + sessionId + "\",\"channel\":\"crm\"}")
                .when().post("/api/agent/start").then().statusCode(200);
        given().header("Authorization", crmA).contentType("application/json")
                .body("{\"sessionId\":\"" + sessionId + "\",\"text\":\"2 bedrooms please\"}")
                .when().post("/api/agent/reply").then().statusCode(200);

        given().header("Authorization", crmB).contentType("application/json")
                .body("{\"sessionId\":\"" + sessionId + "\",\"text\":\"NOT-YOURS cancel my tour\"}")
                .when().post("/api/agent/reply").then().statusCode(403)
                .body("detail", containsString("not started by this client"));
        given().header("Authorization", crmB).contentType("application/json")
                .body("{\"sessionId\":\"" + sessionId + "\",\"channel\":\"NOT-YOURS\"}")
                .when().post("/api/agent/start").then().statusCode(403);
        String prospects = startedSession().getString("sessionId");
        given().header("Authorization", crmA).contentType("application/json")
                .body("{\"sessionId\":\"" + prospects + "\",\"text\":\"NOT-YOURS hello\"}")
                .when().post("/api/agent/reply").then().statusCode(403);

        assertThat(sessions.client(sessionId)).contains("client:crm-a");
        assertThat(sessions.client(prospects)).isEmpty();
        assertThat(KafkaTestClient.readFor(Topics.CHAT_INBOUND, r -> r.value().contains("NOT-YOURS"),
                Duration.ofSeconds(2))).isEmpty();
    }

    /** A stranger cannot open a conversation pre-filled with someone's lead (or resume one by id). */
    @Test
    void onlyAConverseClientMayStartWithALeadOrASessionId() {
        String sessionId = "crm-" + UUID.randomUUID();
        given().contentType("application/json").body("{\"leadId\":\"lead-1\",\"sessionId\":\"" + sessionId + "\"}")
                .when().post("/api/agent/start").then().statusCode(401);
        given().contentType("application/json").body("{\"leadId\":\"lead-1\"}")
                .when().post("/api/agent/start").then().statusCode(401);
        assertThat(KafkaTestClient.readFor(Topics.CHAT_INBOUND, r -> r.value().contains("\"leadId\":\"lead-1\""),
                Duration.ofSeconds(2))).isEmpty();

        given().header("Authorization", crm()).contentType("application/json")
                .body("{\"leadId\":\"lead-1\",\"sessionId\":\"" + sessionId + "\",\"channel\":\"crm\"}")
                .when().post("/api/agent/start").then().statusCode(200).body("sessionId", equalTo(sessionId));
        assertThat(KafkaTestClient.awaitRecord(Topics.CHAT_INBOUND, r -> sessionId.equals(r.key()),
                Duration.ofSeconds(10)).value()).contains("\"leadId\":\"lead-1\"");
    }

    private static JsonPath startedSession() {
        return given().contentType("application/json").body("{}").when().post("/api/agent/start")
                .then().statusCode(200).extract().jsonPath();
    }
}
