package com.leadtolease.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.booking.TourEventData;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the JSON value of a {@code bookings.events} record into {@link TourEventData}. */
@ApplicationScoped
public class TourEventReader {

    private final ObjectMapper mapper;

    public TourEventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws InvalidBookingEventException when the value is not a tour, or lacks the tour id */
    public BookingEvent read(EventEnvelope<String> envelope) {
        if (envelope.data() == null || envelope.data().isBlank()) {
            throw new InvalidBookingEventException("event " + envelope.id() + " has an empty value");
        }
        TourEventData tour;
        try {
            tour = mapper.readValue(envelope.data(), TourEventData.class);
        } catch (JsonProcessingException e) {
            throw new InvalidBookingEventException("event " + envelope.id() + " is not a TourEventData JSON value: "
                    + e.getOriginalMessage());
        }
        if (tour == null || tour.tourId() == null || tour.tourId().isBlank()) {
            throw new InvalidBookingEventException("event " + envelope.id() + " carries no tourId");
        }
        return new BookingEvent(envelope, tour);
    }
}
