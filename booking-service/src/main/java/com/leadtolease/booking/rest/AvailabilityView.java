package com.leadtolease.booking.rest;

import com.leadtolease.booking.service.AvailabilityService.Availability;
import com.leadtolease.booking.service.FreeSlot;

import java.util.List;

public record AvailabilityView(String propertyId, String timeZone, int slotMinutes, List<FreeSlot> slots) {

    static AvailabilityView of(Availability availability) {
        return new AvailabilityView(availability.property().id, availability.property().timeZone,
                availability.property().slotMinutes, availability.slots());
    }
}
