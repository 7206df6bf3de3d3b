package com.leadtolease.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.booking.service.ReminderService;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class ReminderTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TourRepository tours;
    @Inject
    ReminderService reminders;
    @Inject
    ObjectMapper mapper;

    @Test
    void aReminderIsDueOncePerStartAndAgainAfterAReschedule() throws Exception {
        Property property = fixtures.property();
        String soon = book(fixtures.slotInHours(property, 3));
        String nextWeek = book(fixtures.slotInDays(property, 7, 10));
        TourSlot laterToday = fixtures.slotInHours(property, 5);

        reminders.markDueReminders(Instant.now());
        reminders.markDueReminders(Instant.now());

        assertThat(tours.findById(soon).reminderSentFor).isEqualTo(tours.findById(soon).start);
        assertThat(tours.findById(nextWeek).reminderSentFor).isNull();
        ConsumerRecord<String, String> first = PublishedEvents.awaitEvents(soon, EventTypes.TOUR_REMINDER_DUE, 1).get(0);
        assertThat(PublishedEvents.header(first, "ce_subject")).isEqualTo(soon);

        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Map.of("slotId", laterToday.id))
                .when().patch("/api/tours/" + soon).then().statusCode(200);
        assertThat(tours.findById(soon).reminderSentFor).isNull();
        reminders.markDueReminders(Instant.now());

        List<ConsumerRecord<String, String>> due = PublishedEvents.awaitEvents(soon, EventTypes.TOUR_REMINDER_DUE, 2);
        assertThat(Instant.parse(mapper.readTree(due.get(1).value()).get("start").asText())).isEqualTo(laterToday.start);
        await().atMost(Duration.ofSeconds(10)).until(() -> tours.findById(soon).outbox.isEmpty());
        Thread.sleep(500);
        assertThat(PublishedEvents.forTour(soon, EventTypes.TOUR_REMINDER_DUE)).hasSize(2);
        assertThat(PublishedEvents.forTour(nextWeek, EventTypes.TOUR_REMINDER_DUE)).isEmpty();
    }

    @Test
    void cancelledToursGetNoReminder() throws Exception {
        String cancelled = book(fixtures.slotInHours(fixtures.property(), 2));
        given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .when().delete("/api/tours/" + cancelled).then().statusCode(200);

        reminders.markDueReminders(Instant.now());

        assertThat(tours.findById(cancelled).reminderSentFor).isNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> tours.findById(cancelled).outbox.isEmpty());
        Thread.sleep(500);
        assertThat(PublishedEvents.forTour(cancelled, EventTypes.TOUR_REMINDER_DUE)).isEmpty();
    }

    @Test
    void theLeadTimeDecidesWhenAReminderIsDue() {
        String tourId = book(fixtures.slotInDays(fixtures.property(), 3, 10));
        Instant start = tours.findById(tourId).start;

        reminders.markDueReminders(start.minus(Duration.ofHours(25)));
        assertThat(tours.findById(tourId).reminderSentFor).isNull();

        reminders.markDueReminders(start.minus(Duration.ofHours(23)));
        assertThat(tours.findById(tourId).reminderSentFor).isEqualTo(start);
    }

    private String book(TourSlot slot) {
        return given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .contentType(ContentType.JSON).body(Fixtures.booking(slot, Fixtures.email()))
                .when().post("/api/tours").then().statusCode(201).extract().path("id");
    }
}
