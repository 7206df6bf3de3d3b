package com.leadtolease.booking.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.booking.config.BookingConfig;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.platform.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/** Turns a tour, as it is after a change, into the outbox entry announcing that change. */
@ApplicationScoped
public class TourEventFactory {

    private final ObjectMapper mapper;
    private final BookingConfig config;

    TourEventFactory(ObjectMapper mapper, BookingConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    public OutboxEvent outboxEntry(String type, Tour tour, Instant time) {
        EventEnvelope<TourEventData> event = new EventEnvelope<>(UUID.randomUUID().toString(), type,
                config.eventSource(), tour.id, time, data(type, tour));
        return OutboxEvent.of(Topics.BOOKINGS_EVENTS, event.withData(json(event.data())));
    }

    private static TourEventData data(String type, Tour tour) {
        return new TourEventData(tour.id, tour.status.wireName(), tour.tourType.wireName(), tour.propertyId,
                tour.propertyName, tour.propertyAddress, tour.timeZone, tour.unitId, tour.slotId, tour.start, tour.end,
                EventTypes.TOUR_RESCHEDULED.equals(type) ? tour.previousStart : null, tour.sequence,
                new LeadContact(tour.lead.name, tour.lead.email, tour.lead.phone),
                tour.notes, tour.leadId, tour.sessionId);
    }

    private String json(TourEventData data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
