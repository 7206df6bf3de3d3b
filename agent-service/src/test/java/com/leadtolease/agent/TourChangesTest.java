package com.leadtolease.agent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.agent.repository.AuditRepository;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.service.ConversationService;
import com.leadtolease.agent.support.InjectBookingService;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.leadtolease.agent.GuidedConversationTest.call;
import static com.leadtolease.agent.support.BookingFixtures.at;
import static com.leadtolease.agent.support.BookingFixtures.json;
import static com.leadtolease.agent.support.BookingFixtures.listing;
import static com.leadtolease.agent.support.BookingFixtures.page;
import static com.leadtolease.agent.support.BookingFixtures.slot;
import static com.leadtolease.agent.support.BookingFixtures.stubAvailability;
import static com.leadtolease.agent.support.BookingFixtures.stubAvailabilityOn;
import static com.leadtolease.agent.support.BookingFixtures.stubProperty;
import static com.leadtolease.agent.support.BookingFixtures.today;
import static com.leadtolease.agent.support.BookingFixtures.tour;
import static org.assertj.core.api.Assertions.assertThat;

/** A taken slot, a move to a named weekday, a cancellation, UI actions on agent.actions, booking-service down. */
@QuarkusTest
class TourChangesTest {

    private static final String QUALIFIED = "I'm Rosa, rosa@example.com, 832-555-0177, 2 bedrooms in Memorial under "
            + "2500, moving next month, no pets";

    @InjectBookingService
    WireMockServer booking;
    @Inject
    SessionRepository sessions;
    @Inject
    AuditRepository audit;

    @BeforeEach
    void resetBooking() {
        booking.resetAll();
    }

    @Test
    void takenSlotOffersTheNextFreeOnesThenMovesToSaturdayAndCancels() {
        LocalDate day1 = today().plusDays(1);
        OffsetDateTime altStart = at(day1, 14, 0);
        LocalDate saturday = today().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        booking.stubFor(get(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo("Memorial"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(page(List.of(listing("mem-park", "Memorial Park Lofts", "Memorial", 2300,
                                List.of()))))));
        stubProperty(booking, "mem-park", "Memorial Park Lofts", "Memorial");
        stubAvailability(booking, "mem-park", List.of(slot("mp-taken", at(day1, 10, 0)),
                slot("mp-b", at(day1.plusDays(1), 10, 0)), slot("mp-c", at(day1.plusDays(2), 10, 0))));
        stubAvailabilityOn(booking, "mem-park", saturday, List.of(slot("mp-sat-1000", at(saturday, 10, 0)),
                slot("mp-sat-1400", at(saturday, 14, 0))));
        booking.stubFor(post(urlEqualTo("/api/tours")).withRequestBody(matchingJsonPath("$.slotId", equalTo("mp-taken")))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody(json(Map.of("status", 409, "title", "Conflict", "detail", "That slot is taken.",
                                "nextFreeSlots", List.of(slot("mp-alt", altStart), slot("mp-alt2", at(day1, 14, 30))))))));
        booking.stubFor(post(urlEqualTo("/api/tours")).withRequestBody(matchingJsonPath("$.slotId", equalTo("mp-alt")))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(tour("tour-rosa", "mem-park", "Memorial Park Lofts", "mp-alt", altStart))));
        booking.stubFor(patch(urlEqualTo("/api/tours/tour-rosa")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(tour("tour-rosa", "mem-park", "Memorial Park Lofts", "mp-sat-1400", at(saturday, 14, 0)))));
        booking.stubFor(delete(urlPathEqualTo("/api/tours/tour-rosa")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(tour("tour-rosa", "mem-park", "Memorial Park Lofts", "mp-sat-1400", at(saturday, 14, 0)))));

        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", QUALIFIED));
        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Memorial Park Lofts looks nice"));

        JsonPath taken = call("/api/agent/action", Map.of("sessionId", sessionId, "type", "choose_slot",
                "payload", Map.of("slotId", "mp-taken")));
        assertThat(taken.getString("reply")).contains("was just taken");
        assertThat(taken.getList("cards.slotId")).containsExactly("mp-alt", "mp-alt2");

        JsonPath booked = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "the first one"));
        assertThat(booked.getString("reply")).contains("You're booked").contains("2:00 PM");

        JsonPath moved = call("/api/agent/reply", Map.of("sessionId", sessionId,
                "text", "can I move my tour to Saturday?"));
        assertThat(moved.getString("reply")).contains("Sat").contains("2:00 PM");
        booking.verify(1, patchRequestedFor(urlEqualTo("/api/tours/tour-rosa"))
                .withRequestBody(equalToJson("{\"slotId\":\"mp-sat-1400\"}")));

        JsonPath cancelled = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "cancel my tour"));
        assertThat(cancelled.getString("reply")).contains("is cancelled");
        booking.verify(1, deleteRequestedFor(urlPathEqualTo("/api/tours/tour-rosa")));
        assertThat(sessions.findById(sessionId).tour).isNull();
        booking.verify(2, postRequestedFor(urlEqualTo("/api/tours")));

        JsonPath again = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Pick another time"));
        assertThat(again.getString("reply")).doesNotContain("didn't quite catch");
        assertThat(again.getList("cards.slotId", String.class)).contains("mp-b", "mp-c");
    }

    @Test
    void uiActionsArePublishedOnAgentActionsWithStableIdempotencyKeys() {
        booking.stubFor(get(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo("Memorial"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(page(List.of(listing("mem-fav", "Memorial Favorites", "Memorial", 2000,
                                List.of()))))));
        stubProperty(booking, "mem-fav", "Memorial Favorites", "Memorial");
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", QUALIFIED));

        Map<String, Object> favorite = Map.of("sessionId", sessionId, "type", "mark_favorite",
                "payload", Map.of("propertyId", "mem-fav"));
        assertThat(call("/api/agent/action", favorite).getString("reply")).contains("Saved Memorial Favorites");
        call("/api/agent/action", favorite);
        call("/api/agent/action", Map.of("sessionId", sessionId, "type", "request_docs",
                "payload", Map.of("propertyId", "mem-fav")));
        JsonPath applied = call("/api/agent/action", Map.of("sessionId", sessionId, "type", "apply",
                "payload", Map.of("propertyId", "mem-fav")));
        assertThat(applied.getString("stage")).isEqualTo("applying");
        assertThat(applied.getString("actions[0].type")).isEqualTo("apply_now");

        List<ConsumerRecord<String, String>> actions = KafkaTestClient.awaitRecords(Topics.AGENT_ACTIONS,
                r -> sessionId.equals(r.key()), 4, Duration.ofSeconds(30));
        assertThat(actions).extracting(r -> r.value().replaceAll(".*\"type\":\"([a-z_]+)\".*", "$1"))
                .containsExactly("mark_favorite", "mark_favorite", "request_docs", "apply_now");
        String favoriteKey = ConversationService.idempotencyKey(sessionId, "mark_favorite:mem-fav");
        assertThat(actions.get(0).value()).contains("\"idempotencyKey\":\"" + favoriteKey + "\"");
        assertThat(actions.get(1).value()).contains("\"idempotencyKey\":\"" + favoriteKey + "\"");
    }

    @Test
    void saysSoWhenBookingServiceIsDownAndAuditsTheFailedCall() {
        booking.stubFor(get(urlPathEqualTo("/api/properties")).willReturn(aResponse().withStatus(503)));
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        JsonPath reply = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", QUALIFIED));
        assertThat(reply.getString("reply")).contains("can't reach our listings");
        assertThat(reply.getList("cards")).isEmpty();
        assertThat(audit.ofSession(sessionId)).filteredOn(e -> AuditEntry.TOOL_CALL.equals(e.kind))
                .extracting(e -> e.outcome).anySatisfy(outcome -> assertThat(outcome).startsWith("unavailable"));
    }
}
