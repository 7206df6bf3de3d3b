package com.leadtolease.agent.client;

import java.util.List;

/**
 * What booking-service said to a book / reschedule / cancel request.
 *
 * @param nextFreeSlots on a 409 for a taken slot: the alternatives booking-service proposes
 * @param problem       on a 4xx: booking-service's explanation
 */
public record TourOutcome(int status, BookingViews.Tour tour, List<BookingViews.Slot> nextFreeSlots, String problem) {

    public boolean succeeded() {
        return status >= 200 && status < 300 && tour != null;
    }

    public boolean slotTaken() {
        return status == 409 && !nextFreeSlots.isEmpty();
    }
}
