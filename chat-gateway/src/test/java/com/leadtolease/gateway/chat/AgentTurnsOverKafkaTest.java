package com.leadtolease.gateway.chat;

import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.repository.ReplyLog;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

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

    @Test
    void startMintsTheSessionAndReplyAndActionAreAnsweredOverKafka() {
        String sessionId = given().contentType("application/json").body("{\"propertyId\":\"katy-grand-oaks\"}")
                .when().post("/api/agent/start")
                .then().statusCode(200)
                .body("sessionId", matchesPattern("[0-9a-f-]{36}"))
                .body("reply", equalTo("Hi! I can help you find a home at katy-grand-oaks."))
                .body("stage", equalTo("qualifying"))
                .body("cards[0].type", equalTo("listing"))
                .body("guardrail.handoff", equalTo(false))
                .extract().path("sessionId");

        given().contentType("application/json").body("{\"sessionId\":\"" + sessionId + "\",\"text\":\"2 bedrooms\"}")
                .when().post("/api/agent/reply")
                .then().statusCode(200).body("sessionId", equalTo(sessionId)).body("reply", equalTo("You said: 2 bedrooms"));
        given().contentType("application/json").body("{\"sessionId\":\"" + sessionId + "\",\"type\":\"choose_listing\","
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
        given().contentType("application/json").body("{\"sessionId\":\"s-" + UUID.randomUUID() + "\",\"text\":\""
                        + FakeAgent.SILENCE + "\"}")
                .when().post("/api/agent/reply")
                .then().statusCode(504).contentType("application/problem+json")
                .body("status", equalTo(504))
                .body("detail", containsString("did not answer within 3 s"))
                .body("detail", containsString("your message was kept and will be answered"));
    }

    @Test
    void theAgentsRefusalsComeBackAsTheirProblems() {
        given().contentType("application/json").body("{\"sessionId\":\"gone-" + UUID.randomUUID() + "\",\"text\":\"hi\"}")
                .when().post("/api/agent/reply")
                .then().statusCode(410).contentType("application/problem+json")
                .body("title", equalTo("Gone")).body("detail", containsString("expired"));
        given().contentType("application/json").body("{\"sessionId\":\"unknown-" + UUID.randomUUID()
                        + "\",\"type\":\"handoff\"}")
                .when().post("/api/agent/action")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("No conversation"));
        given().contentType("application/json").body("{\"sessionId\":\"invalid-" + UUID.randomUUID()
                        + "\",\"type\":\"choose_listing\",\"payload\":{\"propertyId\":\"nowhere\"}}")
                .when().post("/api/agent/action")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("payload.propertyId"))
                .body("errors[0].message", equalTo("no such property"));
    }

    @Test
    void anInvalidTurnIsA400AndNeverPublished() {
        String sessionId = "s-" + UUID.randomUUID();
        given().contentType("application/json").body("{\"sessionId\":\"" + sessionId + "\",\"type\":\"choose_slot\"}")
                .when().post("/api/agent/action")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("payload.slotId"));
        given().contentType("application/json").body("{\"sessionId\":\"" + sessionId + "\"}")
                .when().post("/api/agent/reply")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        assertThat(KafkaTestClient.readFor(Topics.CHAT_INBOUND, r -> sessionId.equals(r.key()), Duration.ofSeconds(2)))
                .isEmpty();
    }
}
