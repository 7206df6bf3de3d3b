package com.leadtolease.booking.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.contracts.booking.LeadContact;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A tour as answered by the API: times in the property's own offset, {@code createdAt}/{@code updatedAt} in UTC. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TourView(String id, String status, String tourType, String propertyId, String propertyName,
                       String propertyAddress, String unitId, String slotId, OffsetDateTime start, OffsetDateTime end,
                       OffsetDateTime previousStart, String timeZone, LeadContact lead, String notes, String leadId,
                       String sessionId, String cancelReason, int sequence, Instant createdAt, Instant updatedAt) {

    static TourView of(Tour tour) {
        ZoneId zone = ZoneId.of(tour.timeZone);
        return new TourView(tour.id, tour.status.wireName(), tour.tourType.wireName(), tour.propertyId, tour.propertyName,
                tour.propertyAddress, tour.unitId, tour.slotId, local(tour.start, zone), local(tour.end, zone),
                local(tour.previousStart, zone), tour.timeZone,
                new LeadContact(tour.lead.name, tour.lead.email, tour.lead.phone), tour.notes, tour.leadId,
                tour.sessionId, tour.cancelReason, tour.sequence, tour.createdAt, tour.updatedAt);
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
