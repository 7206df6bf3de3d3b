package com.leadtolease.booking.service;

import com.leadtolease.booking.domain.TourSlot;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A bookable slot as shown to callers: times in the property's own offset. */
public record FreeSlot(String slotId, OffsetDateTime start, OffsetDateTime end, int remaining) {

    public static FreeSlot of(TourSlot slot, ZoneId zone) {
        return new FreeSlot(slot.id, slot.start.atZone(zone).toOffsetDateTime(), slot.end.atZone(zone).toOffsetDateTime(),
                slot.remaining);
    }
}
