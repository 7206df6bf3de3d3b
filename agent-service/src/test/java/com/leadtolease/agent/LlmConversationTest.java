package com.leadtolease.agent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.agent.domain.ChatMemoryDocument;
import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.metrics.AgentMeters;
import com.leadtolease.agent.policy.SlotLabels;
import com.leadtolease.agent.policy.TourDesk;
import com.leadtolease.agent.repository.AuditRepository;
import com.leadtolease.agent.repository.MongoChatMemoryStore;
import com.leadtolease.agent.repository.TurnRepository;
import com.leadtolease.agent.service.ConversationService;
import com.leadtolease.agent.service.SessionExpiry;
import com.leadtolease.agent.support.InjectBookingService;
import com.leadtolease.agent.support.InjectOpenAi;
import com.leadtolease.agent.support.LlmModeProfile;
import com.leadtolease.contracts.Topics;
import com.leadtolease.testing.KafkaTestClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import com.leadtolease.platform.security.Scopes;
import io.restassured.specification.RequestSpecification;
import com.leadtolease.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.leadtolease.agent.GuidedConversationTest.call;
import static com.leadtolease.agent.support.BookingFixtures.at;
import static com.leadtolease.agent.support.BookingFixtures.slot;
import static com.leadtolease.agent.support.BookingFixtures.stubAvailability;
import static com.leadtolease.agent.support.BookingFixtures.stubProperty;
import static com.leadtolease.agent.support.BookingFixtures.today;
import static com.leadtolease.agent.support.BookingFixtures.tour;
import static com.leadtolease.agent.support.OpenAiStub.COMPLETIONS;
import static com.leadtolease.agent.support.OpenAiStub.callsTool;
import static com.leadtolease.agent.support.OpenAiStub.says;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** LLM mode against a scripted OpenAI-compatible endpoint (WireMock), booking-service stubbed as in guided tests. */
@QuarkusTest
@TestProfile(LlmModeProfile.class)
class LlmConversationTest {

    @InjectOpenAi
    WireMockServer model;
    @InjectBookingService
    WireMockServer booking;
    @Inject
    AuditRepository audit;
    @Inject
    TurnRepository turns;
    @Inject
    MongoChatMemoryStore chatMemory;
    @Inject
    SessionExpiry expiry;
    @Inject
    MeterRegistry metrics;

    private final LocalDate day1 = today().plusDays(2);
    private final LocalDate day2 = today().plusDays(3);
    private final OffsetDateTime chosenStart = at(day2, 15, 30);

    @BeforeEach
    void reset() {
        model.resetAll();
        booking.resetAll();
        stubProperty(booking, "katy-grove", "Katy Grove", "Katy");
        stubAvailability(booking, "katy-grove", List.of(slot("kg-1", at(day1, 10, 0)), slot("kg-2", chosenStart),
                slot("kg-3", at(today().plusDays(4), 9, 0))));
    }

    @Test
    void theModelChecksAvailabilityThenBooksThroughTheSameToolsAsGuidedMode() {
        booking.stubFor(post(urlEqualTo("/api/tours")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(tour("tour-llm-1", "katy-grove", "Katy Grove", "kg-2", chosenStart))));
        String label = SlotLabels.label(chosenStart.toInstant(), "America/Chicago");
        model.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("booking")
                .whenScenarioStateIs(Scenario.STARTED).withRequestBody(containing("ROUND-TRIP"))
                .willReturn(callsTool("call_1", "check_availability", "{\"propertyId\":\"katy-grove\"}"))
                .willSetStateTo("checked"));
        model.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("booking").whenScenarioStateIs("checked")
                .willReturn(callsTool("call_2", "book_tour", "{\"slotId\":\"kg-2\",\"name\":\"Ana Lopez\","
                        + "\"email\":\"ana@example.com\",\"phone\":\"713-555-0100\"}"))
                .willSetStateTo("booked"));
        model.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("booking").whenScenarioStateIs("booked")
                .willReturn(says("You're all set, Ana! Your tour of Katy Grove is on " + label + ". See you there!")));

        double promptTokens = sum(AgentMeters.LLM_TOKENS, "type", "prompt");
        double completionTokens = sum(AgentMeters.LLM_TOKENS, "type", "completion");
        double cost = sum(AgentMeters.LLM_COST, "currency", "USD");
        double bookToolCalls = sum(AgentMeters.TOOL_CALLS, "tool", "llm.book_tour");
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        JsonPath booked = call("/api/agent/reply", Map.of("sessionId", sessionId,
                "text", "ROUND-TRIP I'd love to tour Katy Grove, the second time you have is best"));

        assertThat(booked.getString("reply")).isEqualTo("You're all set, Ana! Your tour of Katy Grove is on " + label
                + ". See you there!");
        assertThat(booked.getString("stage")).isEqualTo("touring");
        assertThat(booked.getString("actions[0].type")).isEqualTo("schedule_tour");
        assertThat(booked.getString("actions[0].tourId")).isEqualTo("tour-llm-1");
        assertThat(booked.getList("cards")).as("no slot cards once the tour is booked").isEmpty();

        booking.verify(1, postRequestedFor(urlEqualTo("/api/tours"))
                .withHeader("Idempotency-Key", equalTo(TourDesk.idempotencyKey(sessionId, "kg-2")))
                .withRequestBody(equalToJson("{\"propertyId\":\"katy-grove\",\"slotId\":\"kg-2\","
                        + "\"tourType\":\"in_person\",\"lead\":{\"name\":\"Ana Lopez\",\"email\":\"ana@example.com\","
                        + "\"phone\":\"713-555-0100\"},\"sessionId\":\"" + sessionId + "\"}", true, true)));

        // The model saw the real slots as the first tool's result, and the booking as the second's.
        List<LoggedRequest> modelCalls = model.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(modelCalls).hasSize(3);
        assertThat(modelCalls.get(0).getBodyAsString()).contains("check_availability").contains("book_tour")
                .contains("ROUND-TRIP");
        assertThat(modelCalls.get(1).getBodyAsString()).containsPattern("\"role\"\\s*:\\s*\"tool\"")
                .contains("slotId=kg-2");
        assertThat(modelCalls.get(2).getBodyAsString()).contains("You're booked");

        assertThat(audit.ofSession(sessionId)).filteredOn(e -> AuditEntry.TOOL_CALL.equals(e.kind))
                .extracting(e -> e.name)
                .containsSubsequence("llm.check_availability", "llm.book_tour")
                .contains("booking.check_availability", "booking.book_tour");
        assertThat(audit.ofSession(sessionId)).filteredOn(e -> "llm.book_tour".equals(e.name)).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome).isEqualTo("ok");
                    assertThat(e.detail).contains("slotId=kg-2").doesNotContain("ana@example.com");
                });

        // Three model answers of 10 prompt and 5 completion tokens each (OpenAiStub), at the default prices.
        assertThat(sum(AgentMeters.LLM_TOKENS, "type", "prompt") - promptTokens).isEqualTo(30.0);
        assertThat(sum(AgentMeters.LLM_TOKENS, "type", "completion") - completionTokens).isEqualTo(15.0);
        assertThat(sum(AgentMeters.LLM_COST, "currency", "USD") - cost)
                .isCloseTo(30 / 1000.0 * 0.00015 + 15 / 1000.0 * 0.0006, within(1e-12));
        assertThat(sum(AgentMeters.TOOL_CALLS, "tool", "llm.book_tour") - bookToolCalls).isEqualTo(1.0);
        assertThat(metrics.get(AgentMeters.TOOL_CALLS).tags("tool", "booking.book_tour", "outcome", "2xx").counter()
                .count()).isPositive();

        List<Turn> stored = turns.list("sessionId", sessionId);
        assertThat(stored).anySatisfy(turn -> assertThat(turn.reply.data).contains("You're all set, Ana!")
                .contains("\"type\":\"schedule_tour\""));
        ConsumerRecord<String, String> action = KafkaTestClient.awaitRecord(Topics.AGENT_ACTIONS,
                r -> sessionId.equals(r.key()), Duration.ofSeconds(30));
        assertThat(action.value()).contains("\"type\":\"schedule_tour\"").contains("\"idempotencyKey\":\""
                + ConversationService.idempotencyKey(sessionId, "schedule_tour:tour-llm-1") + "\"");
    }

    @Test
    void aModelTimeoutIsAnsweredByTheGuidedPolicyForThatTurn() {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).withRequestBody(containing("SLOW-MODEL"))
                .willReturn(says("too late").withFixedDelay(5000)));

        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        JsonPath reply = call("/api/agent/reply", Map.of("sessionId", sessionId,
                "text", "SLOW-MODEL 2 bedrooms in Katy under 1900"));

        assertThat(reply.getString("reply")).startsWith("Got it: 2 bedrooms in Katy under $1,900.")
                .doesNotContain("too late");
        assertThat(audit.ofSession(sessionId)).filteredOn(e -> AuditEntry.LLM_FALLBACK.equals(e.kind))
                .singleElement().satisfies(e -> {
                    assertThat(e.detail).startsWith("timeout");
                    assertThat(e.outcome).isEqualTo("answered_by_guided_policy");
                });
    }

    @Test
    void aTimeTheModelInventedIsReplacedByARealAvailabilityCheck() {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).withRequestBody(containing("INVENTED-TIME"))
                .willReturn(says("Good news! Katy Grove has a tour open on Friday at 5:45 PM.")));
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        call("/api/agent/action", Map.of("sessionId", sessionId, "type", "choose_listing",
                "payload", Map.of("propertyId", "katy-grove")));
        int checksBefore = booking.findAll(getRequestedFor(urlPathEqualTo("/api/properties/katy-grove/availability")))
                .size();

        JsonPath reply = call("/api/agent/reply", Map.of("sessionId", sessionId,
                "text", "INVENTED-TIME what times do you have?"));

        assertThat(reply.getString("reply")).doesNotContain("5:45").startsWith("Good news!")
                .contains("The free tour times I can confirm at Katy Grove are:")
                .contains(SlotLabels.label(chosenStart.toInstant(), "America/Chicago"));
        assertThat(reply.getList("cards.slotId")).containsExactly("kg-1", "kg-2", "kg-3");
        assertThat(booking.findAll(getRequestedFor(urlPathEqualTo("/api/properties/katy-grove/availability"))))
                .hasSize(checksBefore + 1);
        assertThat(audit.ofSession(sessionId)).filteredOn(e -> AuditEntry.GUARDRAIL.equals(e.kind))
                .extracting(e -> e.name).containsExactly("invented_availability");
    }

    @Test
    void chatMemoryIsKeptInMongoReadBackEveryTurnAndDeletedWithTheSession() {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).withRequestBody(containing("MEMORY-ONE"))
                .willReturn(says("Nice to meet you, Ana!")));
        model.stubFor(post(urlEqualTo(COMPLETIONS)).withRequestBody(containing("MEMORY-TWO"))
                .willReturn(says("Of course.")));
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");

        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "MEMORY-ONE Hi, I'm Ana"));

        ChatMemoryDocument stored = chatMemory.findById(sessionId);
        assertThat(stored.messagesJson).contains("MEMORY-ONE").contains("Nice to meet you, Ana!");
        assertThat(stored.messageCount).isEqualTo(3); // system, user, AI

        // What the next turn sends comes from the collection, as after a restart: change it there.
        stored.messagesJson = stored.messagesJson.replace("Nice to meet you, Ana!", "REMEMBERED-IN-MONGO");
        chatMemory.update(stored);
        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "MEMORY-TWO can you repeat that?"));

        LoggedRequest second = model.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(containing("MEMORY-TWO"))).get(0);
        assertThat(second.getBodyAsString()).contains("MEMORY-ONE").contains("REMEMBERED-IN-MONGO")
                .doesNotContain("Nice to meet you, Ana!");
        assertThat(chatMemory.findById(sessionId).messageCount).isEqualTo(5);

        expiry.closeExpired(Instant.now().plus(Duration.ofDays(8)));
        assertThat(chatMemory.findByIdOptional(sessionId)).isEmpty();
    }

    @Test
    void whatStaffSaidAndWhatTheProspectWroteMeanwhileAreInTheModelsMemoryAfterTheRelease() {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).withRequestBody(containing("AFTER-RELEASE"))
                .willReturn(says("Glad Maria could help.")));
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        staff("Maria").body(Map.of("text", "STAFF-SAID hello"))
                .post("/api/agent/operator/conversations/" + sessionId + "/reply").then().statusCode(200);
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "HELD-MESSAGE thanks Maria"))
                .getString("reply")).isEmpty();
        staff("Maria").body(Map.of())
                .post("/api/agent/operator/conversations/" + sessionId + "/release").then().statusCode(204);

        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "AFTER-RELEASE one more thing"))
                .getString("reply")).isEqualTo("Glad Maria could help.");
        assertThat(model.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).as("no model call while staff held it")
                .hasSize(1);
        assertThat(model.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))).get(0).getBodyAsString())
                .contains("Maria (leasing team): STAFF-SAID hello").contains("HELD-MESSAGE thanks Maria");
    }

    @Test
    void aToolLoopOverItsBoundFallsBackToGuidedMode() {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).withRequestBody(containing("LOOPING"))
                .willReturn(callsTool("call_x", "search_listings", "{\"area\":\"Katy\"}")));
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");

        JsonPath reply = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "LOOPING anything?"));

        assertThat(reply.getString("reply")).isNotBlank();
        List<AuditEntry> entries = audit.ofSession(sessionId);
        assertThat(entries).filteredOn(e -> AuditEntry.LLM_FALLBACK.equals(e.kind)).singleElement()
                .satisfies(e -> assertThat(e.detail).startsWith("tool_loop"));
        assertThat(entries).filteredOn(e -> "llm.search_listings".equals(e.name)).hasSizeBetween(4, 5);
    }

    /** A request from a member of the leasing team signed in under {@code name}. */
    private static RequestSpecification staff(String name) {
        return given().header("Authorization", TestTokens.operator(name)).contentType(ContentType.JSON);
    }

    private double sum(String meter, String tag, String value) {
        return metrics.find(meter).tag(tag, value).counters().stream().mapToDouble(Counter::count).sum();
    }
}
