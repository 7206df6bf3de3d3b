package com.leadtolease.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.BookingServiceStub;
import com.leadtolease.gateway.chat.FakeAgentTestBase;
import com.leadtolease.gateway.service.ConsoleEvents;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's page and its gateway routes: the inbox and take-over forwarded, live changes over SSE. */
@QuarkusTest
class ConsoleTest extends FakeAgentTestBase {

    private final WireMockServer upstream = BookingServiceStub.server;

    @TestHTTPResource("/")
    URI base;

    @Inject
    ConsoleEvents consoleEvents;

    @BeforeEach
    void upstreamAnswers() {
        upstream.resetAll();
        upstream.stubFor(any(anyUrl()).willReturn(okJson("[{\"sessionId\":\"s-1\",\"needsPerson\":true}]")));
    }

    @Test
    void aHandOffConsumedFromChatOutboundReachesAnOpenConsoleWithinTwoSecondsWithoutItsText() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(base.resolve("/api/operator/events"))
                .header("Authorization", TestTokens.operator("Maria")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.start();
        await().atMost(Duration.ofSeconds(2)).until(() -> lines.stream().anyMatch(l -> l.contains("\"ready\"")));

        String sessionId = "console-" + UUID.randomUUID();
        long sent = System.nanoTime();
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.CHAT_OUTBOUND, sessionId,
                EventTypes.HANDOFF_REQUESTED, "{\"sessionId\":\"" + sessionId + "\",\"inReplyTo\":\"m-1\","
                        + "\"reply\":\"I'm bringing in Ana's leasing team at ana@example.com\",\"stage\":\"qualifying\","
                        + "\"cards\":[],\"quickReplies\":[],\"actions\":[],\"guardrail\":{\"handoff\":true}}");

        await().atMost(Duration.ofSeconds(2)).alias("the hand-off event on the stream")
                .until(() -> lines.stream().anyMatch(l -> l.contains(sessionId)));
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(2));
        String event = lines.stream().filter(l -> l.contains(sessionId)).findFirst().orElseThrow();
        assertThat(event).startsWith("data:").contains("\"type\":\"handoff_requested\"").contains("\"at\":")
                .doesNotContain("Ana").doesNotContain("example.com").doesNotContain("bringing");
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(reader.isAlive()).as("the stream ends after gateway.console.stream-lifetime").isFalse();
        await().atMost(Duration.ofSeconds(2)).alias("the ended stream stops listening")
                .until(() -> consoleEvents.listening() == 0);
    }

    @Test
    void theEventStreamRefusesCallersWithoutTheConsoleScope() throws Exception {
        for (String authorization : new String[] {null, TestTokens.bearer(Scopes.LEADS_READ, Scopes.ADMIN)}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/operator/events"))
                    .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(5));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            int status = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            assertThat(status).isEqualTo(authorization == null ? 401 : 403);
        }
    }

    @Test
    void theInboxAndTakeOverGoToAgentServiceWithTheOperatorsOwnToken() {
        String token = TestTokens.operator("Maria");
        given().header("Authorization", token).get("/api/operator/conversations?status=live&limit=20").then()
                .statusCode(200).body("[0].sessionId", org.hamcrest.Matchers.equalTo("s-1"));
        given().header("Authorization", token).contentType("application/json").body("{}")
                .post("/api/operator/conversations/s-1/take-over").then().statusCode(200);

        upstream.verify(getRequestedFor(urlEqualTo("/api/agent/operator/conversations?status=live&limit=20"))
                .withHeader("Authorization", WireMock.equalTo(token)));
        upstream.verify(postRequestedFor(urlEqualTo("/api/agent/operator/conversations/s-1/take-over"))
                .withHeader("Authorization", WireMock.equalTo(token)));
    }

    @Test
    void anUnknownListingOrLimitIsRefusedBeforeAgentService() {
        String token = TestTokens.operator("Maria");
        given().header("Authorization", token).get("/api/operator/conversations?status=closed").then()
                .statusCode(400);
        given().header("Authorization", token).get("/api/operator/conversations?limit=5000").then().statusCode(400);
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theConsolePageIsServedWithItsSignInFormAndModules() {
        given().get("/console/").then().statusCode(200).body(containsString("id=\"sign-in\""))
                .body(containsString("id=\"funnel-view\"")).body(containsString("id=\"audit-view\""));
        given().get("/console/console-app.js").then().statusCode(200)
                .body(containsString("export async function api(path, options = {})"));
    }
}
