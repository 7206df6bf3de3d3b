package com.leadtolease.contracts.booking;

import java.time.Instant;

/**
 * Payload of every {@code bookings.events} type. It carries the whole tour as it is after the change
 * (event-carried state), so consumers such as notification-service need no call back to booking-service.
 *
 * @param sequence       increases on every change of the tour; used as the iCalendar SEQUENCE
 * @param previousStart  the old start time on a reschedule, otherwise null
 */
public record TourEventData(
        String tourId,
        String status,
        String tourType,
        String propertyId,
        String propertyName,
        String propertyAddress,
        String timeZone,
        String unitId,
        String slotId,
        Instant start,
        Instant end,
        Instant previousStart,
        int sequence,
        LeadContact lead,
        String notes,
        String leadId,
        String sessionId) {
}
