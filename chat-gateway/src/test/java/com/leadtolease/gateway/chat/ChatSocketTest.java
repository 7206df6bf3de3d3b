package com.leadtolease.gateway.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.repository.ReplyLog;
import com.leadtolease.gateway.service.ChatTokens;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The web-chat protocol on /ws/chat/{sessionId}, end to end over the test broker with a fake agent. */
@QuarkusTest
class ChatSocketTest extends FakeAgentTestBase {

    @Inject
    Vertx vertx;
    @Inject
    ChatTokens tokens;

    @Test
    void aConversationGetsAckTypingReplyAndTypingOffInOrder() throws Exception {
        JsonPath session = createSession("katy-grand-oaks");
        String sessionId = session.getString("sessionId");
        try (ChatClient chat = ChatClient.connect(vertx, sessionId, session.getString("token"))) {
            chat.resume(0);
            chat.send("{\"type\":\"start\",\"messageId\":\"s-1\"}");
            List<JsonNode> greeting = chat.next(4);
            assertThat(assertFrame(greeting.get(0), "ack").get("messageId").asText()).isEqualTo("s-1");
            assertThat(greeting.get(1).toString()).isEqualTo("{\"type\":\"typing\",\"on\":true}");
            JsonNode reply = assertFrame(greeting.get(2), "reply");
            assertThat(reply.get("seq").asLong()).isEqualTo(1);
            assertThat(reply.get("inReplyTo").asText()).isEqualTo("s-1");
            assertThat(reply.get("reply").asText()).isEqualTo("Hi! I can help you find a home at katy-grand-oaks.");
            assertThat(reply.get("stage").asText()).isEqualTo("qualifying");
            assertThat(reply.get("cards").get(0).get("propertyId").asText()).isEqualTo("katy-grand-oaks");
            assertThat(reply.get("quickReplies").get(0).asText()).isEqualTo("Show me listings");
            assertThat(reply.get("actions").isArray()).isTrue();
            assertThat(reply.get("guardrail").get("handoff").asBoolean()).isFalse();
            assertThat(reply.get("guardrail").has("triggered")).isTrue();
            assertThat(greeting.get(3).toString()).isEqualTo("{\"type\":\"typing\",\"on\":false}");

            chat.message("m-1", "2 bedrooms in Katy");
            List<JsonNode> turn = chat.next(4);
            assertThat(turn).extracting(f -> f.get("type").asText()).containsExactly("ack", "typing", "reply", "typing");
            assertThat(turn.get(2).get("seq").asLong()).isEqualTo(2);
            assertThat(turn.get(2).get("reply").asText()).isEqualTo("You said: 2 bedrooms in Katy");

            chat.send("{\"type\":\"action\",\"messageId\":\"a-1\",\"actionType\":\"choose_listing\","
                    + "\"payload\":{\"propertyId\":\"katy-grand-oaks\"}}");
            assertThat(chat.next(4).get(2).get("reply").asText()).isEqualTo("Done: choose_listing");
        }
        List<ConsumerRecord<String, String>> published = KafkaTestClient.awaitRecords(Topics.CHAT_INBOUND,
                r -> sessionId.equals(r.key()), 3, Duration.ofSeconds(20));
        assertThat(published).extracting(r -> KafkaTestClient.header(r, "ce_type").orElse(""))
                .containsOnly(EventTypes.CHAT_MESSAGE_RECEIVED);
        assertThat(published).extracting(r -> KafkaTestClient.header(r, "ce_source").orElse(""))
                .containsOnly("/chat-gateway");
        assertThat(published.get(0).value()).contains("\"kind\":\"start\"").contains("\"channel\":\"web\"")
                .contains("\"propertyId\":\"katy-grand-oaks\"");
        assertThat(published.get(2).value()).contains("\"actionType\":\"choose_listing\"");
    }

    @Test
    void aReconnectingClientGetsExactlyTheRepliesItMissed() throws Exception {
        JsonPath session = createSession(null);
        String sessionId = session.getString("sessionId");
        String token = session.getString("token");
        try (ChatClient first = ChatClient.connect(vertx, sessionId, token)) {
            first.resume(0);
            first.message("r-1", "hello");
            assertThat(first.next(4).get(2).get("seq").asLong()).isEqualTo(1);
            first.message("r-2", "are you there?");
            assertFrame(first.next(), "ack");
        }
        // r-2 is answered while no browser is connected
        await().atMost(Duration.ofSeconds(20)).until(() -> replyLog.after(sessionId, 0).size() == 2);

        try (ChatClient second = ChatClient.connect(vertx, sessionId, token)) {
            second.resume(1);
            JsonNode missed = assertFrame(second.next(), "reply");
            assertThat(missed.get("seq").asLong()).isEqualTo(2);
            assertThat(missed.get("inReplyTo").asText()).isEqualTo("r-2");

            second.message("r-3", "thanks");
            List<JsonNode> turn = second.next(4);
            assertThat(turn).extracting(f -> f.get("type").asText()).containsExactly("ack", "typing", "reply", "typing");
            assertThat(turn.get(2).get("seq").asLong()).isEqualTo(3);
            assertThat(second.drain()).isEmpty();
        }
        try (ChatClient third = ChatClient.connect(vertx, sessionId, token)) {
            third.resume(0);
            assertThat(third.next(3)).extracting(f -> f.get("inReplyTo").asText()).containsExactly("r-1", "r-2", "r-3");
        }
    }

    @Test
    void aResentMessageIsPassedOnAgainAndItsRepeatedAnswerIsNotShownTwice() throws Exception {
        JsonPath session = createSession(null);
        String sessionId = session.getString("sessionId");
        try (ChatClient first = ChatClient.connect(vertx, sessionId, session.getString("token"))) {
            first.resume(0);
            first.message("d-1", "book the 10am slot");
            assertThat(first.next(4).get(2).get("inReplyTo").asText()).isEqualTo("d-1");
        }
        try (ChatClient second = ChatClient.connect(vertx, sessionId, session.getString("token"))) {
            second.resume(1);
            second.message("d-1", "book the 10am slot");
            List<JsonNode> resent = second.next(3);
            assertThat(resent).extracting(f -> f.get("type").asText()).containsExactly("ack", "typing", "typing");
            assertThat(resent.get(0).get("messageId").asText()).isEqualTo("d-1");
            assertThat(resent.get(2).get("on").asBoolean()).as("the repeated answer settles the message").isFalse();
            second.message("d-2", "thanks");
            List<JsonNode> turn = second.next(4);
            assertThat(turn).extracting(f -> f.get("type").asText()).containsExactly("ack", "typing", "reply", "typing");
            assertThat(turn.get(2).get("inReplyTo").asText()).isEqualTo("d-2");
            assertThat(turn.get(2).get("seq").asLong()).as("the repeat kept seq 1; its own number was skipped")
                    .isEqualTo(3);
        }
        assertThat(agent.receivedFor(sessionId)).extracting(d -> d.get("messageId").asText())
                .containsExactly("d-1", "d-1", "d-2");
        assertThat(replyLog.after(sessionId, 0)).extracting(ReplyLog.StoredReply::seq).containsExactly(1L, 3L);
    }

    @Test
    void aStaffReplyReachesTheOpenChatOnceAndALaterResume() throws Exception {
        JsonPath session = createSession(null);
        String sessionId = session.getString("sessionId");
        String staffReply = "{\"sessionId\":\"" + sessionId + "\",\"inReplyTo\":null,\"reply\":\"Maria (leasing "
                + "team): Hi, how can I help?\",\"stage\":\"qualifying\",\"cards\":[],\"quickReplies\":[],"
                + "\"actions\":[],\"guardrail\":{\"triggered\":null,\"handoff\":false}}";
        String eventId = UUID.randomUUID().toString();
        try (ChatClient chat = ChatClient.connect(vertx, sessionId, session.getString("token"))) {
            chat.resume(0);
            chat.message("o-1", "talk to a person");
            assertThat(chat.next(4).get(2).get("seq").asLong()).isEqualTo(1);

            for (int copy = 0; copy < 2; copy++) { // a relay may publish an event twice
                KafkaTestClient.sendCloudEvent("/agent-service", Topics.CHAT_OUTBOUND, sessionId, eventId,
                        EventTypes.OPERATOR_REPLIED, sessionId, java.time.Instant.now(), staffReply);
            }
            JsonNode reply = assertFrame(chat.next(), "reply");
            assertThat(reply.get("seq").asLong()).isEqualTo(2);
            assertThat(reply.get("inReplyTo").isNull()).isTrue();
            assertThat(reply.get("reply").asText()).isEqualTo("Maria (leasing team): Hi, how can I help?");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> replyLog.after(sessionId, 0).size() == 2);
            assertThat(chat.drain()).as("the second copy is not shown again").isEmpty();
        }
        try (ChatClient later = ChatClient.connect(vertx, sessionId, session.getString("token"))) {
            later.resume(1);
            assertThat(assertFrame(later.next(), "reply").get("reply").asText()).startsWith("Maria (leasing team)");
        }
    }

    @Test
    void aMissingForgedOrForeignTokenIsRefusedBeforeTheUpgrade() throws Exception {
        JsonPath mine = createSession(null);
        JsonPath other = createSession(null);
        String sessionId = mine.getString("sessionId");
        String token = mine.getString("token");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        for (String refused : new String[]{null, "nonsense", forged, other.getString("token")}) {
            assertThatThrownBy(() -> ChatClient.connect(vertx, sessionId, refused))
                    .as("token %s", refused)
                    .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> assertThat(e.getStatus()).isEqualTo(401));
        }
        ChatClient.connect(vertx, sessionId, token).close();
    }

    @Test
    void anAgentFailureComesBackAsAnErrorFrameAboutThatMessage() throws Exception {
        String sessionId = "gone-" + UUID.randomUUID();
        try (ChatClient chat = ChatClient.connect(vertx, sessionId, tokens.issue(sessionId).token())) {
            chat.resume(0);
            chat.message("g-1", "hello?");
            List<JsonNode> frames = chat.next(4);
            assertThat(frames).extracting(f -> f.get("type").asText()).containsExactly("ack", "typing", "error", "typing");
            JsonNode error = frames.get(2);
            assertThat(error.get("status").asInt()).isEqualTo(410);
            assertThat(error.get("messageId").asText()).isEqualTo("g-1");
            assertThat(error.get("detail").asText()).contains("expired");
            assertThat(frames.get(3).get("on").asBoolean()).isFalse();
            assertThat(error.has("errors")).as("no field at fault").isFalse();
        }
    }

    @Test
    void anAgentRefusalOfABadFieldNamesTheFieldInItsErrorFrame() throws Exception {
        String sessionId = "invalid-" + UUID.randomUUID();
        try (ChatClient chat = ChatClient.connect(vertx, sessionId, tokens.issue(sessionId).token())) {
            chat.resume(0);
            chat.message("i-1", "tour nowhere please");
            JsonNode error = chat.next(4).get(2);
            assertThat(error.get("status").asInt()).isEqualTo(400);
            assertThat(error.at("/errors/0/field").asText()).isEqualTo("payload.propertyId");
            assertThat(error.at("/errors/0/message").asText()).isEqualTo("no such property");
        }
    }

    @Test
    void anUnansweredMessageGetsA504ErrorFrameAfterTheTurnTimeout() throws Exception {
        JsonPath session = createSession(null);
        try (ChatClient chat = ChatClient.connect(vertx, session.getString("sessionId"), session.getString("token"))) {
            chat.resume(0);
            chat.message("t-1", FakeAgent.SILENCE);
            List<JsonNode> frames = chat.next(4);
            assertThat(frames).extracting(f -> f.get("type").asText()).containsExactly("ack", "typing", "error", "typing");
            assertThat(frames.get(2).get("status").asInt()).isEqualTo(504);
            assertThat(frames.get(2).get("detail").asText()).contains("did not answer within 3 s")
                    .contains("kept");
        }
    }

    @Test
    void anInvalidFrameIsAnsweredWithA400ErrorAndNotPublished() throws Exception {
        JsonPath session = createSession(null);
        String sessionId = session.getString("sessionId");
        try (ChatClient chat = ChatClient.connect(vertx, sessionId, session.getString("token"))) {
            chat.resume(0);
            chat.send("{\"type\":\"action\",\"messageId\":\"x-1\",\"actionType\":\"choose_slot\",\"payload\":{}}");
            JsonNode error = assertFrame(chat.next(), "error");
            assertThat(error.get("status").asInt()).isEqualTo(400);
            assertThat(error.get("detail").asText()).contains("payload.slotId");
            assertThat(error.get("messageId").asText()).isEqualTo("x-1");
            chat.send("not json");
            assertThat(assertFrame(chat.next(), "error").get("status").asInt()).isEqualTo(400);
        }
        assertThat(KafkaTestClient.readFor(Topics.CHAT_INBOUND, r -> sessionId.equals(r.key()), Duration.ofSeconds(2)))
                .isEmpty();
    }

    private static JsonPath createSession(String propertyId) {
        String body = propertyId == null ? "{}" : "{\"propertyId\":\"" + propertyId + "\"}";
        return given().contentType("application/json").body(body).when().post("/api/chat/sessions")
                .then().statusCode(201).extract().jsonPath();
    }

    /** The frame, after checking its type. */
    private static JsonNode assertFrame(JsonNode frame, String type) {
        assertThat(frame.get("type").asText()).as("frame %s", frame).isEqualTo(type);
        return frame;
    }
}
