package com.leadtolease.booking;

import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.domain.TourStatus;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A lead's tours for the CRM API, and LEAD_ERASED clearing the contact on them. */
@QuarkusTest
class LeadToursTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Fixtures fixtures;
    @Inject
    TourRepository tours;

    @Test
    void listsALeadsToursWithinATimeRange() {
        String leadId = "lead-" + UUID.randomUUID();
        Property property = fixtures.property();
        String soon = book(fixtures.slotInDays(property, 2, 10), leadId, "s-" + leadId);
        String later = book(fixtures.slotInDays(property, 5, 10), leadId, "s-" + leadId);
        book(fixtures.slotInDays(property, 3, 10), "someone-else-" + UUID.randomUUID(), null);

        assertThat(ids("/api/tours?leadId=" + leadId)).containsExactly(soon, later);
        String from = LocalDate.now(property.zone()).plusDays(4).toString();
        assertThat(ids("/api/tours?leadId=" + leadId + "&from=" + from)).containsExactly(later);
        assertThat(ids("/api/tours?leadId=" + leadId + "&to=" + from)).containsExactly(soon);
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_READ)).get("/api/tours?from=soon")
                .then().statusCode(400);
    }

    @Test
    void leadErasedClearsTheContactOnTheLeadsToursOnceAndIgnoresOtherEvents() {
        String leadId = "lead-" + UUID.randomUUID();
        String sessionId = "session-" + UUID.randomUUID();
        Property property = fixtures.property();
        String byLead = book(fixtures.slotInDays(property, 2, 11), leadId, null);
        String bySession = book(fixtures.slotInDays(property, 2, 12), null, sessionId);
        String other = book(fixtures.slotInDays(property, 2, 13), "other-" + UUID.randomUUID(), null);

        KafkaTestClient.sendCloudEvent("/agent-service", Topics.LEADS_EVENTS, leadId, EventTypes.LEAD_UPSERTED,
                "{\"leadId\":\"" + leadId + "\",\"name\":\"Jordan Rivera\"}");
        String erasureId = UUID.randomUUID().toString();
        String erased = "{\"erasureId\":\"" + erasureId + "\",\"leadId\":\"" + leadId + "\",\"sessionIds\":[\""
                + sessionId + "\"],\"requestedBy\":\"client:crm\",\"erasedAt\":\"" + Instant.now() + "\"}";
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.LEADS_EVENTS, leadId, EventTypes.LEAD_ERASED, erased);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(tours.findById(byLead).lead.email).isNull();
            assertThat(tours.findById(bySession).lead.email).isNull();
        });
        for (String id : List.of(byLead, bySession)) {
            Tour tour = tours.findById(id);
            assertThat(tour.lead.name).isNull();
            assertThat(tour.lead.phone).isNull();
            assertThat(tour.notes).isNull();
            assertThat(tour.status).as("the tour stays, for counts").isEqualTo(TourStatus.SCHEDULED);
            assertThat(tour.erasureId).isEqualTo(erasureId);
        }
        assertThat(tours.findById(other).lead.email).as("another lead's tour").isNotNull();
        String listed = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_READ))
                .get("/api/tours?leadId=" + leadId).asString();
        assertThat(listed).contains(byLead).doesNotContain("Jordan").doesNotContain("555-0142")
                .doesNotContain("corner unit");

        Instant touched = tours.findById(byLead).updatedAt;
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.LEADS_EVENTS, leadId, EventTypes.LEAD_ERASED, erased);
        String marker = book(fixtures.slotInDays(property, 2, 14), null, null);
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.LEADS_EVENTS, "marker", EventTypes.LEAD_ERASED,
                "{\"erasureId\":\"" + UUID.randomUUID() + "\",\"leadId\":\"marker-lead\",\"sessionIds\":[],"
                        + "\"requestedBy\":\"client:crm\",\"erasedAt\":\"" + Instant.now() + "\"}");
        // Records of one key are read in order; the marker (another key) only gives the repeat time to arrive.
        await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() ->
                assertThat(tours.findById(byLead).updatedAt).as("the same erasure again changes nothing")
                        .isEqualTo(touched));
        assertThat(tours.findById(marker).lead.email).isNotNull();
    }

    private static String book(TourSlot slot, String leadId, String sessionId) {
        Map<String, Object> body = Fixtures.booking(slot, Fixtures.email());
        body.put("notes", "Interested in the corner unit");
        if (leadId != null) {
            body.put("leadId", leadId);
        }
        if (sessionId != null) {
            body.put("sessionId", sessionId);
        }
        return given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/tours").then()
                .statusCode(201).extract().path("id");
    }

    private static List<String> ids(String path) {
        JsonPath page = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_READ)).get(path).then()
                .statusCode(200).extract().jsonPath();
        return page.getList("items.id", String.class);
    }
}
