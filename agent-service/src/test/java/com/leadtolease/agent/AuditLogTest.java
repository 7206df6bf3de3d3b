package com.leadtolease.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.agent.repository.AuditRepository;
import com.leadtolease.agent.service.AuditLog;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.agent.AgentActionData;
import com.leadtolease.contracts.audit.AuditRecordData;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.contracts.chat.AgentReplyData;
import com.leadtolease.contracts.chat.ChatInboundData;
import com.leadtolease.contracts.lead.LeadErasedData;
import com.leadtolease.contracts.lead.LeadEventData;
import com.leadtolease.contracts.notification.DeliveryEventData;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.leadtolease.agent.GuidedConversationTest.call;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit consumer turns each event into one redacted entry; GET /api/audit filters and pages them. */
@QuarkusTest
class AuditLogTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String EMAIL = "ana.audit-" + UUID.randomUUID().toString().substring(0, 8)
            + "@example.com";
    private static final String PHONE = "281-555-0199";

    @Inject
    AuditRepository audit;
    @Inject
    ObjectMapper json;

    private record Sent(String topic, String key, String id, String type, Instant at, Object data) {
    }

    @Test
    void eachEventBecomesOneRedactedEntryARedeliveryNothingAndTheApiFiltersThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String lead = "lead-" + tag;
        String session = "session-" + tag;
        Instant base = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        Map<String, Sent> sent = new LinkedHashMap<>();
        sent.put(AuditEntry.MESSAGE_IN, new Sent(Topics.CHAT_INBOUND, session, "in-" + tag,
                EventTypes.CHAT_MESSAGE_RECEIVED, base, new ChatInboundData(session, "m-" + tag,
                ChatInboundData.KIND_MESSAGE, "Call me at " + PHONE + " or " + EMAIL + " about a 2 bd "
                + "x".repeat(300), null, null, "web", null, null)));
        sent.put(AuditEntry.MESSAGE_OUT, new Sent(Topics.CHAT_OUTBOUND, session, "out-" + tag,
                EventTypes.AGENT_REPLIED, base.plusSeconds(60), new AgentReplyData(session, "m-" + tag,
                "Thanks! I will write to " + EMAIL + ".", "engaged", List.of(), List.of(), List.of(), null)));
        sent.put(AuditEntry.ACTION, new Sent(Topics.AGENT_ACTIONS, session, "act-" + tag, EventTypes.AGENT_ACTION,
                base.plusSeconds(120), new AgentActionData("k-" + tag, "schedule_tour", session, lead, null,
                "maple-court", Map.of("tourId", "tour-" + tag), base.plusSeconds(120))));
        sent.put(AuditEntry.BOOKING, new Sent(Topics.BOOKINGS_EVENTS, "tour-" + tag, "tour-" + tag,
                EventTypes.TOUR_SCHEDULED, base.plusSeconds(180), new TourEventData("tour-" + tag, "scheduled",
                "in_person", "maple-court", "Maple Court", "1 Main St", "America/Chicago", null, "slot-1",
                base.plus(2, ChronoUnit.DAYS), base.plus(2, ChronoUnit.DAYS).plusSeconds(1800), null, 1, null, null,
                lead, session)));
        sent.put(AuditEntry.LEAD, new Sent(Topics.LEADS_EVENTS, lead, "stage-" + tag, EventTypes.LEAD_STAGE_CHANGED,
                base.plusSeconds(240), new LeadEventData(lead, 3, "tour_booked", "engaged", "Ana Lopez", EMAIL, PHONE,
                1900, 2, null, List.of(), List.of(), List.of(), true, List.of(session), base.plusSeconds(240))));
        sent.put(AuditEntry.NOTIFICATION, new Sent(Topics.NOTIFICATIONS_EVENTS, "d-" + tag, "note-" + tag,
                EventTypes.NOTIFICATION_DELIVERED, base.plusSeconds(300), new DeliveryEventData("d-" + tag,
                "tour-" + tag, EventTypes.TOUR_SCHEDULED, "email", EMAIL, "delivered", 1, null)));
        sent.put(AuditRecordData.TYPE_TOKEN_ISSUED, new Sent(Topics.AUDIT_EVENTS, "crm-" + tag, "tok-" + tag,
                EventTypes.AUDIT_RECORDED, base.plusSeconds(360), new AuditRecordData("a-" + tag, "chat-gateway",
                AuditRecordData.TYPE_TOKEN_ISSUED, "crm-" + tag, null, null, "crm-" + tag,
                "Token issued to client crm-" + tag, Map.of("scopes", "leads:read"), base.plusSeconds(360))));

        sent.values().forEach(this::send);
        await().atMost(WAIT).until(() -> sent.values().stream()
                .allMatch(s -> audit.findByIdOptional(AuditLog.idOf(s.id())).isPresent()));

        sent.forEach((type, s) -> assertThat(audit.findById(AuditLog.idOf(s.id()))).as(type).satisfies(entry -> {
            assertThat(entry.kind).isEqualTo(type);
            assertThat(entry.eventId).isEqualTo(s.id());
            assertThat(entry.at).isEqualTo(s.at());
            assertThat(entry.summary).isNotBlank().hasSizeLessThanOrEqualTo(AuditLog.SUMMARY_CHARS)
                    .doesNotContain(EMAIL).doesNotContain(PHONE);
            assertThat(String.valueOf(entry.detail)).doesNotContain(EMAIL).doesNotContain(PHONE);
        }));
        AuditEntry message = audit.findById(AuditLog.idOf("in-" + tag));
        assertThat(message.summary).startsWith("Call me at [PHONE] or [EMAIL] about a 2 bd").endsWith("…");
        assertThat(message.sessionId).isEqualTo(session);
        assertThat(message.service).isEqualTo("chat-gateway");
        AuditEntry token = audit.findById(AuditLog.idOf("tok-" + tag));
        assertThat(token.actor).isEqualTo("crm-" + tag);
        assertThat(token.detail).contains("scopes=leads:read").contains("subject=crm-" + tag);
        assertThat(audit.findById(AuditLog.idOf("tour-" + tag)).summary).contains("scheduled at Maple Court");
        assertThat(audit.findById(AuditLog.idOf("stage-" + tag)).summary).isEqualTo("Stage engaged -> tour_booked");

        // The same events again, then one more message behind them on the same partition: nothing is added twice.
        sent.values().forEach(this::send);
        send(new Sent(Topics.CHAT_INBOUND, session, "in2-" + tag, EventTypes.CHAT_MESSAGE_RECEIVED,
                base.plusSeconds(420), new ChatInboundData(session, "m2-" + tag, ChatInboundData.KIND_ACTION, null,
                "request_docs", Map.of(), "web", null, null)));
        await().atMost(WAIT).until(() -> audit.findByIdOptional(AuditLog.idOf("in2-" + tag)).isPresent());
        // The agent really answers the prospect's messages (entries of now); the sent events are an hour old.
        Instant until = base.plusSeconds(1000);
        assertThat(audit.count("sessionId = ?1 and at < ?2", session, until))
                .as("message in, out, action, tour, one more message").isEqualTo(5);
        assertThat(audit.count("kind = ?1 and actor = ?2", AuditRecordData.TYPE_TOKEN_ISSUED, "crm-" + tag))
                .isEqualTo(1);

        // The API: by session and time, newest first, in pages; by lead (its own entries); by type; by time.
        String ofSession = "sessionId=" + session + "&to=" + until + "&limit=2";
        JsonPath first = audit(ofSession);
        assertThat(first.getList("entries.id", String.class)).containsExactly(AuditLog.idOf("in2-" + tag),
                AuditLog.idOf("tour-" + tag));
        JsonPath second = audit(ofSession + "&cursor=" + first.getString("nextCursor"));
        assertThat(second.getList("entries.type", String.class)).containsExactly(AuditEntry.ACTION,
                AuditEntry.MESSAGE_OUT);
        JsonPath third = audit(ofSession + "&cursor=" + second.getString("nextCursor"));
        assertThat(third.getList("entries.id", String.class)).containsExactly(AuditLog.idOf("in-" + tag));
        assertThat(third.getString("nextCursor")).isNull();
        assertThat(audit("leadId=" + lead).getList("entries.type", String.class))
                .containsExactly(AuditEntry.LEAD, AuditEntry.BOOKING, AuditEntry.ACTION);
        assertThat(audit("sessionId=" + session + "&type=" + AuditEntry.BOOKING).getList("entries.id", String.class))
                .containsExactly(AuditLog.idOf("tour-" + tag));
        assertThat(audit("sessionId=" + session + "&from=" + base.plusSeconds(60) + "&to=" + base.plusSeconds(180))
                .getList("entries.type", String.class)).containsExactly(AuditEntry.ACTION, AuditEntry.MESSAGE_OUT);
        given().header("Authorization", TestTokens.bearer(Scopes.ADMIN)).get("/api/audit?limit=201").then()
                .statusCode(400);

        // Erasure keeps the entries and blanks their summaries.
        send(new Sent(Topics.LEADS_EVENTS, lead, "erased-" + tag, EventTypes.LEAD_ERASED, base.plusSeconds(480),
                new LeadErasedData("e-" + tag, lead, List.of(session), "client:crm", base.plusSeconds(480))));
        await().atMost(WAIT).until(() ->
                AuditLog.ERASED.equals(audit.findById(AuditLog.idOf("in2-" + tag)).summary));
        assertThat(audit.list("at < ?1 and (sessionId = ?2 or leadId = ?3)", until, session, lead)).hasSize(6)
                .allSatisfy(e -> assertThat(e.summary).isEqualTo(AuditLog.ERASED));
    }

    @Test
    void aGuardrailHitAndAToolCallOfAGuidedTurnAreInTheSameLog() {
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Is this a white neighborhood?"));

        JsonPath guardrails = audit("sessionId=" + sessionId + "&type=" + AuditEntry.GUARDRAIL);
        assertThat(guardrails.getList("entries.name", String.class)).containsExactly("fair_housing");
        assertThat(guardrails.getString("entries[0].detail")).startsWith("rule=");
        assertThat(guardrails.getString("entries[0].service")).isEqualTo("agent-service");

        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Is there a package locker for deliveries?"));
        List<String> tools = new ArrayList<>(audit("sessionId=" + sessionId + "&type=" + AuditEntry.TOOL_CALL)
                .getList("entries.name", String.class));
        assertThat(tools).contains("embedding.search");
    }

    private JsonPath audit(String query) {
        return given().header("Authorization", TestTokens.bearer(Scopes.ADMIN)).get("/api/audit?" + query).then()
                .statusCode(200).extract().jsonPath();
    }

    private void send(Sent event) {
        try {
            KafkaTestClient.sendCloudEvent(source(event.topic()), event.topic(), event.key(), event.id(),
                    event.type(), event.key(), event.at(), json.writeValueAsString(event.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source(String topic) {
        return switch (topic) {
            case Topics.CHAT_INBOUND, Topics.AUDIT_EVENTS -> "/chat-gateway";
            case Topics.BOOKINGS_EVENTS -> "/booking-service";
            case Topics.NOTIFICATIONS_EVENTS -> "/notification-service";
            default -> "/agent-service";
        };
    }
}
