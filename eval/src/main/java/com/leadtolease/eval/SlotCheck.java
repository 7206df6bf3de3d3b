package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether an offered slot card names a real free slot: present in the property's availability (booking-service lists
 * only free future slots) with room left. Anything else was invented or stale when offered.
 */
public final class SlotCheck {

    public enum Status { FREE, FULL, MISSING }

    private SlotCheck() {
    }

    /** @param availability the body of {@code GET /api/properties/{id}/availability} for the slot's day */
    public static Status of(JsonNode slotCard, JsonNode availability) {
        String slotId = slotCard.path("slotId").asText("");
        if (slotId.isBlank() || !slotCard.path("propertyId").asText("").equals(availability.path("propertyId").asText())) {
            return Status.MISSING;
        }
        for (JsonNode slot : availability.path("slots")) {
            if (slotId.equals(slot.path("slotId").asText())) {
                return slot.path("remaining").asInt(1) > 0 ? Status.FREE : Status.FULL;
            }
        }
        return Status.MISSING;
    }
}
