package com.leadtolease.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.leadtolease.testing.RouteMatrix.MARK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.chat.FakeAgentTestBase;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.platform.security.SignedTokens;
import com.leadtolease.platform.security.TimestampedSignature;
import com.leadtolease.testing.TestTokens;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import com.leadtolease.testing.AuthKeysResource;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.RouteMatrix;
import com.leadtolease.testing.RouteMatrix.Access;
import com.leadtolease.testing.RouteMatrix.Route;
import io.quarkus.test.common.http.TestHTTPResource;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route of the gateway's OpenAPI document × {no token, expired, wrong signature, wrong issuer, wrong scope,
 * right scope}: refused with 401/403 as designed, and a refusal stores and publishes nothing (the services behind
 * the gateway see no request, chat.inbound gets no record). A route added without a rule here fails the test.
 */
@QuarkusTest
class AuthMatrixTest extends FakeAgentTestBase {

    private static Route route(Access access, String scope, String method, String path, Object body) {
        return new Route(access, scope, method, path, "application/json", body);
    }

    private static final String INVITED_SESSION = "matrix-invited";
    /** An invite of the test profile's CHAT_INVITE_SECRET, as notification-service signs them into emails. */
    private static final String INVITE = new SignedTokens(SignedTokens.CHAT_INVITE, "test-only-chat-invite-secret",
            Duration.ofDays(1), Clock.systemUTC()).issue(INVITED_SESSION).token();

    private static final Map<String, Route> RULES = rules();

    private static Map<String, Route> rules() {
        Map<String, Route> rules = new LinkedHashMap<>();
        String marked = "{\"sessionId\":\"" + MARK + "\",\"text\":\"" + MARK + "\"}";
        rules.put("POST /api/auth/token", new Route(Access.PUBLIC, null, "POST", "/api/auth/token",
                "application/x-www-form-urlencoded", Map.of("grant_type", "client_credentials",
                "client_id", AuthKeysResource.READER_ID, "client_secret", AuthKeysResource.READER_SECRET)));
        rules.put("GET /api/auth/jwks", route(Access.PUBLIC, null, "GET", "/api/auth/jwks", null));
        rules.put("GET /api/healthz", route(Access.PUBLIC, null, "GET", "/api/healthz", null));
        rules.put("GET /api/properties", route(Access.PUBLIC, null, "GET", "/api/properties", null));
        rules.put("GET /api/properties/{id}", route(Access.PUBLIC, null, "GET", "/api/properties/p1", null));
        rules.put("GET /api/properties/{id}/availability",
                route(Access.PUBLIC, null, "GET", "/api/properties/p1/availability", null));
        rules.put("GET /api/events/asyncapi", route(Access.PUBLIC, null, "GET", "/api/events/asyncapi", null));
        rules.put("GET /api/events/schemas/{file}", route(Access.PUBLIC, null, "GET",
                "/api/events/schemas/tour-event.v1.json", null));
        rules.put("POST /api/chat/sessions", route(Access.PUBLIC, null, "POST", "/api/chat/sessions", "{}"));
        rules.put("POST /api/chat/invites", route(Access.PUBLIC, null, "POST", "/api/chat/invites",
                "{\"invite\":\"" + INVITE + "\"}"));
        // Authenticated by the HMAC of the source's secret, not a token: webhooksRefuseWhatIsNotSignedRightly.
        rules.put("POST /api/webhooks/zapier", route(Access.ELSEWHERE, null, "POST", "/api/webhooks/zapier", null));
        rules.put("POST /api/webhooks/crm", route(Access.ELSEWHERE, null, "POST", "/api/webhooks/crm", null));
        rules.put("POST /api/tours", route(Access.PUBLIC_TOKEN_CHECKED, null, "POST", "/api/tours",
                "{\"propertyId\":\"p1\",\"slotId\":\"p1-1\",\"lead\":{\"name\":\"" + MARK
                        + "\",\"email\":\"ana@example.com\",\"phone\":\"7135550100\"}}"));
        rules.put("POST /api/agent/{operation}", route(Access.OWNER_OR_SCOPE, Scopes.AGENT_CONVERSE, "POST",
                "/api/agent/reply", marked));
        rules.put("GET /api/leads/stages", route(Access.SCOPE, Scopes.LEADS_READ, "GET", "/api/leads/stages", null));
        rules.put("POST /api/leads/{operation}", route(Access.SCOPE, Scopes.LEADS_WRITE, "POST", "/api/leads/leads",
                "{\"email\":\"" + MARK + "@example.com\"}"));
        rules.put("POST /api/leads/parse-inquiry", route(Access.SCOPE, Scopes.LEADS_WRITE, "POST",
                "/api/leads/parse-inquiry", "{\"text\":\"" + MARK + "\"}"));
        rules.put("GET /api/tours", route(Access.SCOPE, Scopes.BOOKINGS_READ, "GET", "/api/tours", null));
        rules.put("GET /api/leads", route(Access.SCOPE, Scopes.LEADS_READ, "GET", "/api/leads", null));
        rules.put("GET /api/leads/{id}", route(Access.SCOPE, Scopes.LEADS_READ, "GET", "/api/leads/lead-1", null));
        rules.put("GET /api/leads/{id}/conversation", route(Access.SCOPE, Scopes.LEADS_READ, "GET",
                "/api/leads/lead-1/conversation", null));
        rules.put("GET /api/leads/{id}/data", route(Access.SCOPE, Scopes.LEADS_READ_PII, "GET",
                "/api/leads/lead-1/data", null));
        rules.put("DELETE /api/leads/{id}/data", route(Access.SCOPE, Scopes.LEADS_ERASE, "DELETE",
                "/api/leads/lead-1/data", null));
        rules.put("GET /api/tours/{id}", route(Access.OWNER_OR_SCOPE, Scopes.BOOKINGS_READ, "GET", "/api/tours/t-1",
                null));
        rules.put("PATCH /api/tours/{id}", route(Access.OWNER_OR_SCOPE, Scopes.BOOKINGS_WRITE, "PATCH",
                "/api/tours/t-1", "{\"slotId\":\"p1-2\"}"));
        rules.put("DELETE /api/tours/{id}", route(Access.OWNER_OR_SCOPE, Scopes.BOOKINGS_WRITE, "DELETE",
                "/api/tours/t-1", null));
        rules.put("GET /api/operator/handoffs", route(Access.SCOPE, Scopes.CONSOLE, "GET", "/api/operator/handoffs",
                null));
        rules.put("GET /api/operator/conversations/{sessionId}", route(Access.SCOPE, Scopes.CONSOLE, "GET",
                "/api/operator/conversations/s-1", null));
        rules.put("POST /api/operator/conversations/{sessionId}/reply", route(Access.SCOPE, Scopes.CONSOLE, "POST",
                "/api/operator/conversations/s-1/reply", "{\"text\":\"" + MARK + "\"}"));
        rules.put("POST /api/operator/conversations/{sessionId}/release", route(Access.SCOPE, Scopes.CONSOLE, "POST",
                "/api/operator/conversations/s-1/release", "{}"));
        rules.put("GET /api/operator/tours", route(Access.SCOPE, Scopes.CONSOLE, "GET", "/api/operator/tours", null));
        rules.put("POST /api/operator/tours/{id}/outcome", route(Access.SCOPE, Scopes.CONSOLE, "POST",
                "/api/operator/tours/t-1/outcome", "{\"status\":\"completed\"}"));
        rules.put("GET /api/funnel", route(Access.SCOPE, Scopes.CONSOLE, "GET", "/api/funnel", null));
        rules.put("GET /api/operator/conversations", route(Access.SCOPE, Scopes.CONSOLE, "GET",
                "/api/operator/conversations?status=live", null));
        rules.put("POST /api/operator/conversations/{sessionId}/take-over", route(Access.SCOPE, Scopes.CONSOLE,
                "POST", "/api/operator/conversations/s-1/take-over", "{}"));
        // Allowed, it streams until gateway.console.stream-lifetime (3 s in tests) ends it.
        rules.put("GET /api/operator/events", route(Access.SCOPE, Scopes.CONSOLE, "GET", "/api/operator/events",
                null));
        rules.put("POST /api/training/ingest-csv", new Route(Access.SCOPE, Scopes.TRAINING_WRITE, "POST",
                "/api/training/ingest-csv", "text/csv", "role,text\nlead," + MARK + "\n"));
        rules.put("POST /api/training/ingest", route(Access.SCOPE, Scopes.TRAINING_WRITE, "POST",
                "/api/training/ingest", "{\"threads\":[]}"));
        rules.put("GET /api/training/jobs/{id}", route(Access.SCOPE, Scopes.TRAINING_READ, "GET",
                "/api/training/jobs/j-1", null));
        rules.put("GET /api/training/threads", route(Access.SCOPE, Scopes.TRAINING_READ, "GET",
                "/api/training/threads", null));
        rules.put("GET /api/training/threads/{threadId}", route(Access.SCOPE, Scopes.TRAINING_READ, "GET",
                "/api/training/threads/th-1", null));
        rules.put("GET /api/training/datasets/finetune.jsonl", route(Access.SCOPE, Scopes.TRAINING_READ, "GET",
                "/api/training/datasets/finetune.jsonl", null));
        rules.put("POST /api/training/start", route(Access.SCOPE, Scopes.TRAINING_WRITE, "POST",
                "/api/training/start", "{}"));
        rules.put("POST /api/embeddings/search", route(Access.SCOPE, Scopes.TRAINING_READ, "POST",
                "/api/embeddings/search", "{\"text\":\"" + MARK + "\"}"));
        rules.put("GET /api/embeddings/versions", route(Access.SCOPE, Scopes.TRAINING_READ, "GET",
                "/api/embeddings/versions", null));
        rules.put("POST /api/embeddings/versions/{version}/activate", route(Access.SCOPE, Scopes.ADMIN, "POST",
                "/api/embeddings/versions/v1/activate", "{}"));
        rules.put("GET /api/audit", route(Access.SCOPE, Scopes.ADMIN, "GET", "/api/audit", null));
        rules.put("GET /ws/chat/{sessionId}", route(Access.ELSEWHERE, null, "GET", "/ws/chat/{sessionId}", null));
        return rules;
    }

    private final WireMockServer upstream = BookingServiceStub.server;

    @TestHTTPResource("/")
    URI base;

    @Inject
    ChatSessionRepository sessions;

    @Inject
    MongoClient mongo;

    private MongoDatabase gateway;

    @BeforeEach
    void gatewayDatabase() {
        gateway = mongo.getDatabase("gateway");
    }

    /** The allowed reply speaks in a session its client (client:test) started. */
    @BeforeEach
    void theConverseClientStartedTheAllowedSession() {
        assertThat(sessions.claim("matrix-allowed", "client:test", Instant.now())).isTrue();
    }

    /** The conversation a webhook opened, which the allowed invite names. */
    @BeforeEach
    void aWebhookOpenedTheInvitedConversation() {
        if (!sessions.contains(INVITED_SESSION)) {
            sessions.create(INVITED_SESSION, null, Instant.now());
        }
    }

    @BeforeEach
    void upstreamAnswersEverything() {
        upstream.resetAll();
        upstream.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":\"t-1\",\"items\":[]}")));
    }

    @Test
    void everyDocumentedRouteHasARuleAndEveryRuleADocumentedRoute() {
        assertThat(RouteMatrix.documentedRoutes()).as("routes in /q/openapi").containsExactlyInAnyOrderElementsOf(
                RULES.keySet());
    }

    @Test
    void everyRouteRefusesWhatItMustAndLetsInWhatItShould() {
        RouteMatrix.Witness upstreamSawNothing = new RouteMatrix.Witness() {
            @Override
            public void reset() {
                upstream.resetRequests();
            }

            @Override
            public List<String> traces() {
                return upstream.findAll(anyRequestedFor(anyUrl())).isEmpty() ? List.of()
                        : List.of("reached the service behind");
            }
        };

        assertThat(RouteMatrix.check(RULES, upstreamSawNothing)).isEmpty();
        assertThat(KafkaTestClient.readFor(Topics.CHAT_INBOUND, record -> record.value().contains(MARK),
                Duration.ofSeconds(2))).as("chat turns published by refused requests").isEmpty();
    }

    @Test
    void webhooksRefuseWhatIsNotSignedRightlyAndKeepNothingOfIt() {
        Map<String, String> secrets = Map.of("/api/webhooks/zapier", "test-only-webhook-zapier-secret",
                "/api/webhooks/crm", "test-only-webhook-crm-secret");
        String body = "{\"event\":\"new_lead\",\"type\":\"lead.created\",\"id\":\"" + MARK + "\",\"eventId\":\""
                + MARK + "\",\"email\":\"ana@example.com\",\"lead\":{\"email\":\"ana@example.com\"}}";
        long now = Instant.now().getEpochSecond();
        long sessionsBefore = gateway.getCollection("chat_sessions").countDocuments();
        List<String> wrong = new java.util.ArrayList<>();
        secrets.forEach((path, secret) -> {
            Map<String, Integer> answers = new LinkedHashMap<>();
            answers.put("no signature", webhook(path, Long.toString(now), null, null, body));
            answers.put("no timestamp", webhook(path, null, TimestampedSignature.sign(secret, now, body), null, body));
            answers.put("bad signature", webhook(path, Long.toString(now),
                    TimestampedSignature.sign("not-" + secret, now, body), null, body));
            answers.put("other body signed", webhook(path, Long.toString(now),
                    TimestampedSignature.sign(secret, now, body + " "), null, body));
            answers.put("stale timestamp", webhook(path, Long.toString(now - 301),
                    TimestampedSignature.sign(secret, now - 301, body), null, body));
            answers.put("bearer token with every scope, unsigned", webhook(path, Long.toString(now), null,
                    TestTokens.bearer(Scopes.ALL.toArray(String[]::new)), body));
            answers.forEach((caller, status) -> {
                if (status != 401) {
                    wrong.add(path + " with " + caller + " answered " + status + ", expected 401");
                }
            });
        });

        assertThat(wrong).isEmpty();
        assertThat(gateway.getCollection("webhook_deliveries").countDocuments(Filters.eq("key", MARK)))
                .as("idempotency records of refused webhooks").isZero();
        assertThat(gateway.getCollection("chat_sessions").countDocuments()).as("conversations opened")
                .isEqualTo(sessionsBefore);
        assertThat(KafkaTestClient.readFor(Topics.WEBHOOKS_INBOUND, record -> record.value().contains(MARK),
                Duration.ofSeconds(2))).as("webhooks published by refused requests").isEmpty();
    }

    @Test
    void anInviteThatIsNotGenuineOpensNothing() {
        String forged = INVITE.substring(0, INVITE.lastIndexOf('.') + 1) + "AAAA";
        given().contentType("application/json").body("{\"invite\":\"" + forged + "\"}").post("/api/chat/invites")
                .then().statusCode(401).body("token", org.hamcrest.Matchers.nullValue());
        given().contentType("application/json").header("Authorization", TestTokens.bearer(Scopes.ALL.toArray(
                String[]::new))).body("{}").post("/api/chat/invites").then().statusCode(401);
    }

    private static int webhook(String path, String timestamp, String signature, String authorization, String body) {
        var request = given().contentType("application/json").body(body);
        if (timestamp != null) {
            request.header("X-Lead2Lease-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Lead2Lease-Signature", signature);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.post(path).statusCode();
    }

    @Test
    void theChatSocketOpensOnlyWithItsOwnSessionToken() throws Exception {
        JsonPath session = given().contentType("application/json").body("{}").post("/api/chat/sessions")
                .then().statusCode(201).extract().jsonPath();
        String sessionId = session.getString("sessionId");
        String other = given().contentType("application/json").body("{}").post("/api/chat/sessions")
                .then().statusCode(201).extract().jsonPath().getString("token");

        assertThat(socketStatus(sessionId, null)).isEqualTo(401);
        assertThat(socketStatus(sessionId, other)).isEqualTo(401);
        assertThat(socketStatus(sessionId, session.getString("token"))).isEqualTo(101);
    }

    /** 101 when the WebSocket opened, else the status of the refused upgrade. */
    private int socketStatus(String sessionId, String token) throws Exception {
        URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/chat/" + sessionId
                + (token == null ? "" : "?token=" + token));
        try {
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(uri, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
            socket.abort();
            return 101;
        } catch (java.util.concurrent.ExecutionException | CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }
}
