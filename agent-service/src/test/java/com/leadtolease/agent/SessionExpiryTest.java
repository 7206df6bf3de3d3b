package com.leadtolease.agent;

import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.service.SessionExpiry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.leadtolease.agent.GuidedConversationTest.call;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Our own expiry job (no TTL index): sessions idle longer than agent.session.expiry (P7D) are closed. */
@QuarkusTest
class SessionExpiryTest {

    @Inject
    SessionExpiry expiry;
    @Inject
    SessionRepository sessions;

    @Test
    void closesOnlySessionsIdleLongerThanTheExpiry() {
        String idle = call("/api/agent/start", Map.of()).getString("sessionId");
        String active = call("/api/agent/start", Map.of()).getString("sessionId");
        ConversationSession old = sessions.findById(idle);
        old.lastActivityAt = Instant.now().minus(Duration.ofDays(8));
        assertThat(sessions.saveIfUnchanged(old)).isTrue();

        assertThat(expiry.closeExpired(Instant.now())).isGreaterThanOrEqualTo(1);

        ConversationSession closed = sessions.findById(idle);
        assertThat(closed.status).isEqualTo(ConversationSession.CLOSED);
        assertThat(closed.closedAt).isNotNull();
        assertThat(sessions.findById(active).status).isEqualTo(ConversationSession.OPEN);
        given().header("Authorization", TestTokens.bearer(Scopes.AGENT_CONVERSE)).contentType(ContentType.JSON)
                .body(Map.of("sessionId", idle, "text", "hello again"))
                .post("/api/agent/reply").then().statusCode(410).contentType("application/problem+json");
        call("/api/agent/reply", Map.of("sessionId", active, "text", "hello again"));
    }
}
