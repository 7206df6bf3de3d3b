package com.leadtolease.booking.service;

import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.domain.TourStatus;
import com.leadtolease.platform.outbox.OutboxRelay;
import com.leadtolease.booking.messaging.TourEventFactory;
import com.leadtolease.booking.repository.PropertyRepository;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * Reschedule, cancel and outcome of an existing tour. Each change is a conditional update on the tour's
 * {@code sequence} (optimistic concurrency); a lost race re-reads the tour and tries again.
 */
@ApplicationScoped
public class TourChangeService {

    private static final int MAX_ATTEMPTS = 3;

    private final TourRepository tours;
    private final SlotRepository slots;
    private final PropertyRepository properties;
    private final TourBookingService booking;
    private final TourEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;

    TourChangeService(TourRepository tours, SlotRepository slots, PropertyRepository properties,
                      TourBookingService booking, TourEventFactory events, OutboxRelay relay, Clock clock) {
        this.tours = tours;
        this.slots = slots;
        this.properties = properties;
        this.booking = booking;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public Tour get(String tourId) {
        return tours.findByIdOptional(tourId).orElseThrow(() -> BookingProblems.tourNotFound(tourId));
    }

    /**
     * Claims the new slot first, then moves the tour in one update with its event, then frees the old slot.
     * A crash in between leaves a claim whose tour does not hold that slot, which the reconciler releases.
     * The moved tour gives up its idempotency key, which named the booking of its old slot.
     */
    public Tour reschedule(String tourId, String newSlotId) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Tour tour = get(tourId);
            if (newSlotId.equals(tour.slotId) && tour.status.isActive()) {
                return tour;
            }
            requireActive(tour, "rescheduled");
            Instant now = clock.instant();
            Property property = properties.findByIdOptional(tour.propertyId).orElseThrow();
            TourSlot slot = booking.bookableSlot(property, newSlotId, now);
            boolean claimed = slots.claim(slot.id, tour.id, now) || slots.isClaimedBy(slot.id, tour.id);
            if (!claimed) {
                throw booking.slotTaken(property, slot.id);
            }
            String oldSlotId = tour.slotId;
            int expectedSequence = tour.sequence;
            tour.previousStart = tour.start;
            tour.slotId = slot.id;
            tour.start = slot.start;
            tour.end = slot.end;
            tour.status = TourStatus.RESCHEDULED;
            tour.sequence++;
            tour.updatedAt = now;
            tour.reminderSentFor = null;
            tour.releaseIdempotencyKey();
            OutboxEvent event = events.outboxEntry(EventTypes.TOUR_RESCHEDULED, tour, now);
            if (tours.reschedule(tour, expectedSequence, event)) {
                slots.release(oldSlotId, tour.id);
                relay.wakeUp();
                return tour;
            }
            releaseUnlessHeld(slot.id, tourId);
        }
        throw BookingProblems.conflict("The tour changed concurrently several times; reload it and try again.");
    }

    /**
     * Cancelling a cancelled tour returns it unchanged: no second event. The cancelled tour gives up its
     * idempotency key, so booking the same slot again with the same key books a new tour.
     */
    public Tour cancel(String tourId, String reason) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Tour tour = get(tourId);
            if (tour.status == TourStatus.CANCELLED) {
                slots.release(tour.slotId, tour.id);
                return tour;
            }
            requireActive(tour, "cancelled");
            Instant now = clock.instant();
            int expectedSequence = tour.sequence;
            tour.status = TourStatus.CANCELLED;
            tour.cancelReason = reason;
            tour.releaseIdempotencyKey();
            tour.sequence++;
            tour.updatedAt = now;
            if (tours.cancel(tour, expectedSequence, events.outboxEntry(EventTypes.TOUR_CANCELLED, tour, now))) {
                slots.release(tour.slotId, tour.id);
                relay.wakeUp();
                return tour;
            }
        }
        throw BookingProblems.conflict("The tour changed concurrently several times; reload it and try again.");
    }

    /**
     * Records how a tour that has started went, with its event (analytics, CRMs). The slot stays claimed
     * (it is in the past anyway).
     */
    public Tour recordOutcome(String tourId, TourStatus outcome) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Tour tour = get(tourId);
            if (tour.status == outcome) {
                return tour;
            }
            requireActive(tour, "marked " + outcome.wireName());
            Instant now = clock.instant();
            if (tour.start.isAfter(now)) {
                throw BookingProblems.conflict("The tour has not started yet (it starts at " + tour.start
                        + "); its outcome can be recorded once it has started.");
            }
            int expectedSequence = tour.sequence;
            tour.status = outcome;
            tour.sequence++;
            tour.updatedAt = now;
            String type = outcome == TourStatus.COMPLETED ? EventTypes.TOUR_COMPLETED : EventTypes.TOUR_NO_SHOW;
            if (tours.recordOutcome(tour, expectedSequence, events.outboxEntry(type, tour, now))) {
                relay.wakeUp();
                return tour;
            }
        }
        throw BookingProblems.conflict("The tour changed concurrently several times; reload it and try again.");
    }

    private static void requireActive(Tour tour, String change) {
        if (!tour.status.isActive()) {
            throw BookingProblems.conflict("A " + tour.status.wireName() + " tour cannot be " + change + ".");
        }
    }

    /** After losing a race: give back the claim we just took, unless the winner moved the tour to this very slot. */
    private void releaseUnlessHeld(String slotId, String tourId) {
        Tour current = tours.findById(tourId);
        if (current == null || !slotId.equals(current.slotId)) {
            slots.release(slotId, tourId);
        }
    }
}
