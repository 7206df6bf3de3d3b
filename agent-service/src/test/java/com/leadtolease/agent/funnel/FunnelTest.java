package com.leadtolease.agent.funnel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.agent.AgentActionData;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.contracts.lead.LeadEventData;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A scripted run of lead, tour and action events gives exactly the expected funnel, and redelivering events (same
 * CloudEvent ids) or replaying older versions changes nothing. The run lives in a week of 2021 and its own property,
 * so the events other tests publish never reach its numbers.
 */
@QuarkusTest
class FunnelTest {

    private static final Instant MONDAY = Instant.parse("2021-02-01T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String property = "funnel-" + run;
    private final String leadA = "lead-a-" + run;
    private final String leadB = "lead-b-" + run;

    @Test
    void aScriptedRunGivesExactlyTheExpectedCountersAndARedeliveryChangesNothing() {
        Event upsertA = leadEvent(leadA, EventTypes.LEAD_UPSERTED, 1, "qualifying", null, 0);
        Event stageA = leadEvent(leadA, EventTypes.LEAD_STAGE_CHANGED, 2, "touring", "qualifying", 1);
        send(upsertA);
        send(leadEvent(leadB, EventTypes.LEAD_UPSERTED, 1, "qualifying", null, 0));
        send(stageA);

        String tour1 = "tour-1-" + run;
        Event scheduled1 = tourEvent(tour1, leadA, EventTypes.TOUR_SCHEDULED, 0, 1);
        Event rescheduled1 = tourEvent(tour1, leadA, EventTypes.TOUR_RESCHEDULED, 1, 1);
        send(scheduled1);
        send(rescheduled1);
        send(tourEvent(tour1, leadA, EventTypes.TOUR_COMPLETED, 2, 2));
        String tour2 = "tour-2-" + run;
        send(tourEvent(tour2, leadB, EventTypes.TOUR_SCHEDULED, 0, 1));
        send(tourEvent(tour2, leadB, EventTypes.TOUR_CANCELLED, 1, 1));
        String tour3 = "tour-3-" + run;
        send(tourEvent(tour3, leadB, EventTypes.TOUR_SCHEDULED, 0, 2));
        send(tourEvent(tour3, leadB, EventTypes.TOUR_NO_SHOW, 1, 3));

        Event apply = action("session-a-" + run, leadA, property, AgentActionData.APPLY_NOW, 3);
        send(apply);
        send(leadEvent(leadA, EventTypes.LEAD_STAGE_CHANGED, 3, "applying", "touring", 3));

        Map<String, Object> expected = Map.of("leads", 2, "leadsByStage", Map.of("applying", 1, "qualifying", 1),
                "toursBooked", 3, "toursRescheduled", 1, "toursCompleted", 1, "toursCancelled", 1,
                "toursNoShow", 1, "applications", 1, "tourConversion", 1.5f, "applyConversion", 1.0f);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(funnel(property).getMap("totals")).containsAllEntriesOf(expected));

        JsonPath report = funnel(property);
        assertThat(report.getString("from")).isEqualTo("2021-02-01");
        assertThat(report.getList("weeks.week")).containsExactly("2021-02-01");
        assertThat(report.getMap("weeks[0].counts")).containsAllEntriesOf(expected);
        assertThat(report.getList("properties.propertyId")).containsExactly(property);

        // Redeliveries (same ids) and stale versions, then one marker per topic behind them on the same key.
        send(upsertA);
        send(stageA);
        send(scheduled1);
        send(rescheduled1);
        send(apply);
        String marker = "funnel-marker-" + run;
        send(leadEvent(leadA, EventTypes.LEAD_UPSERTED, 1, "qualifying", null, 4).withSubject("lead-m-" + run));
        send(tourEvent("tour-m-" + run, leadA, EventTypes.TOUR_SCHEDULED, 0, 4).withKey(tour1).withProperty(marker));
        send(action("session-a-" + run, "lead-m-" + run, marker, AgentActionData.APPLY_NOW, 4));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(funnel(marker).getInt("totals.toursBooked")).isEqualTo(1);
            assertThat(funnel(marker).getInt("totals.applications")).isEqualTo(1);
            assertThat(funnel(null).getInt("totals.leads")).isGreaterThanOrEqualTo(3);
        });
        assertThat(funnel(property).getMap("totals")).containsAllEntriesOf(expected);
    }

    @Test
    void theRangeIsCappedAndChecked() {
        given().header("Authorization", TestTokens.operator("Sam Staff"))
                .queryParam("from", "2020-01-01").queryParam("to", "2021-06-01")
                .when().get("/api/funnel").then().statusCode(400).body("detail", org.hamcrest.Matchers
                        .containsString("53 weeks"));
        given().header("Authorization", TestTokens.operator("Sam Staff")).queryParam("from", "yesterday")
                .when().get("/api/funnel").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer(Scopes.LEADS_READ))
                .when().get("/api/funnel").then().statusCode(403);
    }

    private static JsonPath funnel(String propertyId) {
        var request = given().header("Authorization", TestTokens.operator("Sam Staff"))
                .queryParam("from", "2021-02-01").queryParam("to", "2021-02-07");
        if (propertyId != null) {
            request = request.queryParam("propertyId", propertyId);
        }
        return request.when().get("/api/funnel").then().statusCode(200).extract().jsonPath();
    }

    private record Event(String topic, String key, String id, String type, String subject, Instant time,
                         Object data) {

        Event withSubject(String leadId) {
            LeadEventData lead = (LeadEventData) data;
            return new Event(topic, key, UUID.randomUUID().toString(), type, leadId, time, new LeadEventData(leadId,
                    lead.version(), lead.stage(), null, null, null, null, null, null, null, List.of(), List.of(),
                    List.of(), false, List.of(), time));
        }

        Event withKey(String newKey) {
            return new Event(topic, newKey, id, type, subject, time, data);
        }

        Event withProperty(String propertyId) {
            TourEventData t = (TourEventData) data;
            return new Event(topic, key, id, type, subject, time, new TourEventData(t.tourId(), t.status(),
                    t.tourType(), propertyId, t.propertyName(), null, t.timeZone(), null, t.slotId(), t.start(),
                    t.end(), null, t.sequence(), t.lead(), null, t.leadId(), t.sessionId()));
        }
    }

    private static void send(Event event) {
        try {
            KafkaTestClient.sendCloudEvent("/test", event.topic(), event.key(), event.id(), event.type(),
                    event.subject(), event.time(), JSON.writeValueAsString(event.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Event leadEvent(String leadId, String type, long version, String stage, String previous,
                                   int hours) {
        Instant at = MONDAY.plus(Duration.ofHours(hours));
        return new Event(Topics.LEADS_EVENTS, leadId, UUID.randomUUID().toString(), type, leadId, at,
                new LeadEventData(leadId, version, stage, previous, "Ana Lopez", "ana@example.com", null, 1900, 2,
                        null, List.of(), List.of(), List.of(), true, List.of(), at));
    }

    private Event tourEvent(String tourId, String leadId, String type, int sequence, int day) {
        Instant at = MONDAY.plus(Duration.ofDays(day));
        return new Event(Topics.BOOKINGS_EVENTS, tourId, UUID.randomUUID().toString(), type, tourId, at,
                new TourEventData(tourId, "SCHEDULED", "in_person", property, "Maple Court", null, "America/Chicago",
                        null, "slot-" + tourId, at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(1).plusHours(1)),
                        null, sequence, new LeadContact("Ana Lopez", "ana@example.com", null), null, leadId,
                        "session-" + leadId));
    }

    private static Event action(String sessionId, String leadId, String propertyId, String type, int day) {
        Instant at = MONDAY.plus(Duration.ofDays(day));
        return new Event(Topics.AGENT_ACTIONS, sessionId, UUID.randomUUID().toString(), EventTypes.AGENT_ACTION,
                sessionId, at, new AgentActionData(type + ":" + propertyId + ":" + leadId, type, sessionId, leadId,
                        null, propertyId, Map.of(), at));
    }
}
