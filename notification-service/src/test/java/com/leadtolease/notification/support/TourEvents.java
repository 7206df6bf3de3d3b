package com.leadtolease.notification.support;

import com.leadtolease.testing.KafkaTestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.booking.TourEventData;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Booking events as booking-service publishes them, for one tour of the Maple Court sample property. */
public final class TourEvents {

    public static final String PROPERTY_NAME = "Maple Court Apartments";
    public static final String PROPERTY_ADDRESS = "1200 Elm Street, Suite 4; Austin, TX 78701";
    public static final String TIME_ZONE = "America/Chicago";

    private TourEvents() {
    }

    public static TourEventData tour(String tourId, String status, Instant start, Instant previousStart, int sequence,
                                     LeadContact lead) {
        return new TourEventData(tourId, status, "in_person", "prop-maple-court", PROPERTY_NAME, PROPERTY_ADDRESS,
                TIME_ZONE, "unit-2b", "slot-" + sequence, start, start.plus(45, ChronoUnit.MINUTES), previousStart,
                sequence, lead, null, "lead-" + tourId, "session-" + tourId);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Publishes the tour as a binary CloudEvent on bookings.events and returns the JSON value sent. */
    public static String publish(ObjectMapper mapper, String eventId, String type, TourEventData tour) {
        String json;
        try {
            json = mapper.writeValueAsString(tour);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        KafkaTestClient.sendCloudEvent("/booking-service", Topics.BOOKINGS_EVENTS, tour.tourId(), eventId, type, tour.tourId(),
                Instant.parse("2030-05-01T12:00:00Z"), json);
        return json;
    }
}
