package com.leadtolease.gateway.chat;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.repository.ReplyLog;
import com.leadtolease.gateway.service.ChatTokens;
import com.leadtolease.platform.security.SignedTokens;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * The email of a lead that came by webhook links the web chat with an invite to the conversation the gateway opened
 * for it; the agent's greeting, published before anyone opened the chat, is kept for it.
 */
@QuarkusTest
class ChatInvitesTest {

    private static final String INVITE_SECRET = "test-only-chat-invite-secret";

    @Inject
    ChatSessionRepository sessions;
    @Inject
    ReplyLog replyLog;
    @Inject
    ChatTokens chatTokens;

    private static String invite(String sessionId, String secret, Clock clock, Duration ttl) {
        return new SignedTokens(SignedTokens.CHAT_INVITE, secret, ttl, clock).issue(sessionId).token();
    }

    private static String invite(String sessionId) {
        return invite(sessionId, INVITE_SECRET, Clock.systemUTC(), Duration.ofDays(7));
    }

    private static io.restassured.response.Response redeem(String invite) {
        return given().contentType("application/json").body("{\"invite\":\"" + invite + "\"}")
                .post("/api/chat/invites");
    }

    @Test
    void aValidInviteOpensItsConversationWithTheGreetingKeptForIt() {
        OutboundConsumerReady.awaitFor(replyLog);
        String sessionId = UUID.randomUUID().toString();
        sessions.create(sessionId, "p1", Instant.now());
        // The agent greets the lead before anyone opened the chat: no browser is connected.
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.CHAT_OUTBOUND, sessionId, EventTypes.AGENT_REPLIED,
                "{\"sessionId\":\"" + sessionId + "\",\"reply\":\"Hi Ana, thanks for asking about p1.\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> !replyLog.after(sessionId, 0).isEmpty());

        JsonPath opened = redeem(invite(sessionId)).then().statusCode(201).extract().jsonPath();

        assertThat(opened.getString("sessionId")).isEqualTo(sessionId);
        assertThat(chatTokens.refusal(opened.getString("token"), sessionId)).as("a normal chat token").isEmpty();
        assertThat(opened.getString("expiresAt")).isNotBlank();
        assertThat(replyLog.after(sessionId, 0)).singleElement()
                .satisfies(reply -> assertThat(reply.frame()).contains("Hi Ana"));
    }

    @Test
    void anExpiredTamperedOrForeignInviteIsRefused() {
        String sessionId = UUID.randomUUID().toString();
        sessions.create(sessionId, null, Instant.now());
        Clock lastMonth = Clock.fixed(Instant.now().minus(Duration.ofDays(30)), ZoneOffset.UTC);
        String valid = invite(sessionId);
        String otherSession = invite(UUID.randomUUID().toString());
        String tampered = otherSession.substring(0, otherSession.indexOf('.')) + valid.substring(valid.indexOf('.'));

        redeem(invite(sessionId, INVITE_SECRET, lastMonth, Duration.ofDays(7))).then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("This link has expired or is not valid; start a new chat"));
        redeem(tampered).then().statusCode(401);
        redeem(invite(sessionId, "another-secret-of-32-bytes-or-more!!", Clock.systemUTC(), Duration.ofDays(7)))
                .then().statusCode(401);
        // A chat session token is not an invite, even for the same session.
        redeem(chatTokens.issue(sessionId).token()).then().statusCode(401);
        redeem("not-a-token").then().statusCode(401);
    }

    @Test
    void anInviteToAConversationThatIsGoneFindsNothing() {
        redeem(invite("gone-" + UUID.randomUUID())).then().statusCode(404);
    }
}
