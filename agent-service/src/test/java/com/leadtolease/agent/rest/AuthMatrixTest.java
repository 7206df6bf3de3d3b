package com.leadtolease.agent.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.leadtolease.testing.RouteMatrix.MARK;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.agent.repository.AuditRepository;
import com.mongodb.client.model.Filters;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.agent.repository.MessageRepository;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.repository.ThreadRepository;
import com.leadtolease.agent.repository.TurnRepository;
import com.leadtolease.agent.support.InjectBookingService;
import com.leadtolease.contracts.Topics;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.RouteMatrix;
import com.leadtolease.testing.RouteMatrix.Access;
import com.leadtolease.testing.RouteMatrix.Route;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * agent-service checks every token itself (defence in depth behind the gateway): each documented route × {no token,
 * expired, wrong signature, wrong issuer, wrong scope, right scope}, and a refusal stores, publishes and calls
 * nothing.
 */
@QuarkusTest
class AuthMatrixTest {

    private static final Map<String, Route> RULES = rules();

    private static Map<String, Route> rules() {
        String turn = "{\"sessionId\":\"matrix-session\",\"text\":\"" + MARK + "\"}";
        Map<String, Route> rules = new LinkedHashMap<>();
        rules.put("POST /api/agent/start", Route.scoped(Scopes.AGENT_CONVERSE, "POST", "/api/agent/start", "{}"));
        rules.put("POST /api/agent/reply", Route.scoped(Scopes.AGENT_CONVERSE, "POST", "/api/agent/reply", turn));
        rules.put("POST /api/agent/action", Route.scoped(Scopes.AGENT_CONVERSE, "POST", "/api/agent/action",
                "{\"sessionId\":\"matrix-session\",\"type\":\"handoff\"}"));
        rules.put("GET /api/leads/stages", Route.scoped(Scopes.LEADS_READ, "GET", "/api/leads/stages", null));
        rules.put("POST /api/leads/leads", Route.scoped(Scopes.LEADS_WRITE, "POST", "/api/leads/leads",
                "{\"name\":\"" + MARK + "\",\"email\":\"" + MARK + "@example.com\"}"));
        rules.put("POST /api/leads/threads", Route.scoped(Scopes.LEADS_WRITE, "POST", "/api/leads/threads",
                "{\"leadId\":\"no-such-lead\",\"messages\":[{\"role\":\"lead\",\"text\":\"" + MARK + "\"}]}"));
        rules.put("POST /api/leads/parse-inquiry", Route.scoped(Scopes.LEADS_WRITE, "POST",
                "/api/leads/parse-inquiry", "{\"text\":\"" + MARK + "\"}"));
        rules.put("GET /api/leads", Route.scoped(Scopes.LEADS_READ, "GET", "/api/leads", null));
        rules.put("GET /api/leads/{id}", Route.scoped(Scopes.LEADS_READ, "GET", "/api/leads/no-such-lead", null));
        rules.put("GET /api/leads/{id}/conversation", Route.scoped(Scopes.LEADS_READ, "GET",
                "/api/leads/no-such-lead/conversation", null));
        rules.put("GET /api/leads/{id}/data", Route.scoped(Scopes.LEADS_READ_PII, "GET",
                "/api/leads/no-such-lead/data", null));
        rules.put("DELETE /api/leads/{id}/data", Route.scoped(Scopes.LEADS_ERASE, "DELETE",
                "/api/leads/no-such-lead/data", null));
        rules.put("GET /api/agent/operator/handoffs", Route.scoped(Scopes.CONSOLE, "GET",
                "/api/agent/operator/handoffs", null));
        rules.put("GET /api/agent/operator/conversations/{sessionId}", Route.scoped(Scopes.CONSOLE, "GET",
                "/api/agent/operator/conversations/matrix-session", null));
        rules.put("POST /api/agent/operator/conversations/{sessionId}/reply", Route.scoped(Scopes.CONSOLE, "POST",
                "/api/agent/operator/conversations/matrix-session/reply", "{\"text\":\"" + MARK + "\"}"));
        rules.put("POST /api/agent/operator/conversations/{sessionId}/release", Route.of(Access.SCOPE,
                Scopes.CONSOLE, "POST", "/api/agent/operator/conversations/matrix-session/release", null));
        rules.put("GET /api/funnel", Route.scoped(Scopes.CONSOLE, "GET", "/api/funnel", null));
        rules.put("GET /api/audit", Route.scoped(Scopes.ADMIN, "GET", "/api/audit", null));
        rules.put("GET /api/agent/operator/conversations", Route.scoped(Scopes.CONSOLE, "GET",
                "/api/agent/operator/conversations?status=live", null));
        rules.put("POST /api/agent/operator/conversations/{sessionId}/take-over", Route.scoped(Scopes.CONSOLE,
                "POST", "/api/agent/operator/conversations/matrix-session/take-over", null));
        return rules;
    }

    @Inject
    SessionRepository sessions;
    @Inject
    LeadRepository leads;
    @Inject
    ThreadRepository threads;
    @Inject
    MessageRepository messages;
    @Inject
    TurnRepository turns;
    @Inject
    AuditRepository audit;

    @InjectBookingService
    WireMockServer booking;

    @Test
    void everyDocumentedRouteHasARuleAndEveryRuleADocumentedRoute() {
        assertThat(RouteMatrix.documentedRoutes()).containsExactlyInAnyOrderElementsOf(RULES.keySet());
    }

    @Test
    void everyRouteRefusesWhatItMustAndARefusalLeavesNoTrace() {
        assertThat(RouteMatrix.check(RULES, new StoreWitness())).isEmpty();
        for (String topic : List.of(Topics.CHAT_OUTBOUND, Topics.LEADS_EVENTS, Topics.AGENT_ACTIONS)) {
            assertThat(KafkaTestClient.readFor(topic, record -> record.value().contains(MARK), Duration.ofSeconds(1)))
                    .as("records on %s from refused requests", topic).isEmpty();
        }
    }

    /** Documents per collection, and booking-service calls, before and after each request. */
    private class StoreWitness implements RouteMatrix.Witness {

        private List<Long> before;

        @Override
        public void reset() {
            booking.resetRequests();
            before = counts();
        }

        @Override
        public List<String> traces() {
            List<String> traces = new ArrayList<>();
            if (!counts().equals(before)) {
                traces.add("changed the stored documents " + before + " -> " + counts());
            }
            if (!booking.findAll(anyRequestedFor(anyUrl())).isEmpty()) {
                traces.add("called booking-service");
            }
            return traces;
        }

        private List<Long> counts() {
            List<PanacheMongoRepositoryBase<?, String>> stores = List.of(sessions, leads, threads, messages, turns);
            List<Long> counts = new ArrayList<>(stores.stream().map(PanacheMongoRepositoryBase::count).toList());
            // Audit entries written by requests; the audit consumer's (from earlier tests' events) come in the
            // background, and a refused request publishes no event (checked on the topics).
            counts.add(audit.mongoCollection().countDocuments(Filters.exists("eventId", false)));
            return counts;
        }
    }
}
