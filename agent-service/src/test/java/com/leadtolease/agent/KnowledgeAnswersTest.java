package com.leadtolease.agent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.agent.repository.AuditRepository;
import com.leadtolease.agent.support.GatewayTokenStub;
import com.leadtolease.agent.support.InjectEmbeddingService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.leadtolease.agent.GuidedConversationTest.call;
import static com.leadtolease.agent.support.BookingFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Guided mode answers a question property data cannot answer from what the leasing team said before. */
@QuarkusTest
class KnowledgeAnswersTest {

    private static final String SEARCH = "/api/embeddings/search";

    @InjectEmbeddingService
    WireMockServer embeddings;
    @Inject
    AuditRepository audit;

    @BeforeEach
    void reset() {
        embeddings.resetAll();
    }

    @Test
    void quotesSimilarAgentRepliesAboveTheThresholdAndNeverOnesNamingTimes() {
        embeddings.stubFor(post(urlEqualTo(SEARCH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Embedding-Version", "v1")
                .withBody(json(List.of(
                        match("m1", "agent", "Packages go to the secure locker room by the leasing office, open "
                                + "around the clock.", 0.83),
                        match("m2", "agent", "We can show you the locker room on Friday at 4 PM.", 0.8),
                        match("m3", "agent", "Our residents love the community garden.", 0.41))))));

        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        JsonPath answer = call("/api/agent/reply", Map.of("sessionId", sessionId,
                "text", "Is there a package locker for deliveries?"));

        assertThat(answer.getString("reply"))
                .startsWith("Here is what our leasing team usually says: \u201CPackages go to the secure locker room")
                .doesNotContain("4 PM").doesNotContain("community garden")
                .contains("which area");
        embeddings.verify(1, postRequestedFor(urlEqualTo(SEARCH))
                .withHeader("Authorization", equalTo(GatewayTokenStub.AUTHORIZATION)).withRequestBody(equalToJson(
                "{\"text\":\"Is there a package locker for deliveries?\",\"k\":5,\"filters\":{\"role\":\"agent\"}}",
                true, true)));
        assertThat(audit.ofSession(sessionId)).filteredOn(e -> AuditEntry.TOOL_CALL.equals(e.kind))
                .extracting(e -> e.name + " " + e.outcome).contains("embedding.search found=3 quoted=1");
    }

    @Test
    void withoutAGoodMatchOrWithEmbeddingServiceDownTheGuidedPolicySaysPlainlyItHasNoAnswer() {
        embeddings.stubFor(post(urlEqualTo(SEARCH)).willReturn(aResponse().withStatus(503)));
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");

        JsonPath answer = call("/api/agent/reply", Map.of("sessionId", sessionId,
                "text", "Is there a package locker for deliveries?"));

        assertThat(answer.getString("reply")).startsWith("That's a good question, but I don't have the answer")
                .contains("talk to a person");
        assertThat(answer.getList("cards")).isEmpty();
    }

    private static Map<String, Object> match(String id, String role, String text, double similarity) {
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("messageId", id);
        match.put("threadId", "HOU-1");
        match.put("turnIndex", 3);
        match.put("chunkIndex", 0);
        match.put("role", role);
        match.put("stage", "qualifying");
        match.put("timestamp", "2025-01-08T01:32:00Z");
        match.put("text", text);
        match.put("score", similarity + 0.05);
        match.put("similarity", similarity);
        match.put("context", List.of());
        return match;
    }
}
