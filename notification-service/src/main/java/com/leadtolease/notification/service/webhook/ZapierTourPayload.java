package com.leadtolease.notification.service.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.notification.service.TourTimes;

import java.time.Instant;

/** The flat JSON body Zapier receives: one level, snake_case keys, every key always present (null when unknown). */
public record ZapierTourPayload(
        @JsonProperty("event_id") String eventId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("occurred_at") Instant occurredAt,
        @JsonProperty("tour_id") String tourId,
        @JsonProperty("status") String status,
        @JsonProperty("property_id") String propertyId,
        @JsonProperty("property_name") String propertyName,
        @JsonProperty("property_address") String propertyAddress,
        @JsonProperty("start_local") String startLocal,
        @JsonProperty("start_utc") Instant startUtc,
        @JsonProperty("end_local") String endLocal,
        @JsonProperty("end_utc") Instant endUtc,
        @JsonProperty("time_zone") String timeZone,
        @JsonProperty("lead_name") String leadName,
        @JsonProperty("lead_email") String leadEmail,
        @JsonProperty("lead_phone") String leadPhone,
        @JsonProperty("tour_type") String tourType,
        @JsonProperty("sequence") int sequence) {

    public static ZapierTourPayload of(EventEnvelope<?> envelope, TourEventData tour) {
        TourTimes times = TourTimes.in(tour.timeZone());
        LeadContact lead = tour.lead();
        return new ZapierTourPayload(envelope.id(), envelope.type(), envelope.time(), tour.tourId(), tour.status(),
                tour.propertyId(), tour.propertyName(), tour.propertyAddress(),
                times.isoLocal(tour.start()), tour.start(), times.isoLocal(tour.end()), tour.end(),
                times.zone().getId(),
                lead == null ? null : lead.name(), lead == null ? null : lead.email(), lead == null ? null : lead.phone(),
                tour.tourType(), tour.sequence());
    }
}
