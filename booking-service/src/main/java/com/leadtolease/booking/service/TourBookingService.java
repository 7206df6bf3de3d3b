package com.leadtolease.booking.service;

import com.leadtolease.booking.config.BookingConfig;
import com.leadtolease.booking.domain.Lead;
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
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Books a tour without transactions. Write order: (1) insert the tour as PENDING (the unique idempotency-key index
 * makes a retry find it), (2) claim the slot with one conditional update, (3) set the tour SCHEDULED and append its
 * event in one update. A crash after (1) or (2) leaves a PENDING tour that {@link TourReconciler} completes or
 * discards, and any claim whose tour does not hold the slot is released by it as well. Only a live tour holds its
 * idempotency key (see {@link Tour}): a retry of a live booking replays it, while the same key after a cancel
 * books anew.
 */
@ApplicationScoped
public class TourBookingService {

    private static final Logger LOG = Logger.getLogger(TourBookingService.class);
    private static final long IN_PROGRESS_POLL_MILLIS = 50;
    private static final int MAX_ATTEMPTS = 3;

    private final PropertyRepository properties;
    private final SlotRepository slots;
    private final TourRepository tours;
    private final AvailabilityService availability;
    private final TourEventFactory events;
    private final OutboxRelay relay;
    private final BookingConfig config;
    private final Clock clock;
    private final Counter booked;
    private final Counter slotConflicts;

    TourBookingService(PropertyRepository properties, SlotRepository slots, TourRepository tours,
                       AvailabilityService availability, TourEventFactory events, OutboxRelay relay,
                       BookingConfig config, Clock clock, MeterRegistry meters) {
        this.properties = properties;
        this.slots = slots;
        this.tours = tours;
        this.availability = availability;
        this.events = events;
        this.relay = relay;
        this.config = config;
        this.clock = clock;
        this.booked = meters.counter("booking.tours.booked");
        this.slotConflicts = meters.counter("booking.slot.conflicts");
    }

    /** @param created false when an earlier request with the same Idempotency-Key already booked this tour */
    public record Booking(Tour tour, boolean created) {
    }

    public Booking book(TourRequest request, String idempotencyKey) {
        return book(request, idempotencyKey, MAX_ATTEMPTS);
    }

    private Booking book(TourRequest request, String idempotencyKey, int attemptsLeft) {
        if (idempotencyKey != null) {
            Optional<Tour> earlier = tours.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), request, idempotencyKey, attemptsLeft);
            }
        }
        Instant now = clock.instant();
        Property property = properties.findByIdOptional(request.propertyId())
                .orElseThrow(() -> BookingProblems.unprocessable("propertyId", "no property with id '" + request.propertyId() + "'"));
        TourSlot slot = bookableSlot(property, request.slotId(), now);
        if (request.unitId() != null && property.unit(request.unitId()).isEmpty()) {
            throw BookingProblems.unprocessable("unitId", "property " + property.id + " has no unit '" + request.unitId() + "'");
        }
        if (slot.remaining <= 0) {
            // A concurrent request with the same key may have inserted its tour and claimed this slot since we
            // looked the key up; its tour is written before its claim, so looking again finds it.
            Optional<Tour> sameKey = idempotencyKey == null ? Optional.empty() : tours.findByIdempotencyKey(idempotencyKey);
            if (sameKey.isPresent()) {
                return replay(sameKey.get(), request, idempotencyKey, attemptsLeft);
            }
            throw slotTaken(property, slot.id);
        }

        Tour tour = pendingTour(request, property, slot, idempotencyKey, now);
        if (!tours.insertIfKeyUnused(tour)) {
            return tours.findByIdempotencyKey(idempotencyKey)
                    .map(earlier -> replay(earlier, request, idempotencyKey, attemptsLeft))
                    .orElseGet(() -> retry(request, idempotencyKey, attemptsLeft));
        }
        if (!slots.claim(slot.id, tour.id, now)) {
            tours.deleteIfPending(tour.id);
            throw slotTaken(property, slot.id);
        }
        tour.status = TourStatus.SCHEDULED;
        tour.updatedAt = now;
        OutboxEvent event = events.outboxEntry(EventTypes.TOUR_SCHEDULED, tour, now);
        if (!tours.confirm(tour.id, now, event)) {
            return confirmedByReconciler(tour);
        }
        booked.increment();
        relay.wakeUp();
        LOG.infof("Tour %s booked: property %s, slot %s", tour.id, property.id, slot.id);
        return new Booking(tour, true);
    }

    /** A slot the request may book: exists, belongs to the property and has not started. */
    TourSlot bookableSlot(Property property, String slotId, Instant now) {
        TourSlot slot = slots.findByIdOptional(slotId)
                .orElseThrow(() -> BookingProblems.unprocessable("slotId", "no tour slot with id '" + slotId + "'"));
        if (!slot.propertyId.equals(property.id)) {
            throw BookingProblems.unprocessable("slotId", "slot " + slotId + " belongs to another property, not " + property.id);
        }
        if (!slot.start.isAfter(now)) {
            throw BookingProblems.unprocessable("slotId", "slot " + slotId + " is in the past");
        }
        return slot;
    }

    ProblemException slotTaken(Property property, String slotId) {
        slotConflicts.increment();
        return BookingProblems.slotTaken(slotId, availability.nextFree(property, slotId));
    }

    private static Tour pendingTour(TourRequest request, Property property, TourSlot slot, String idempotencyKey, Instant now) {
        Tour tour = new Tour();
        tour.id = UUID.randomUUID().toString();
        tour.status = TourStatus.PENDING;
        tour.tourType = request.tourType();
        tour.propertyId = property.id;
        tour.propertyName = property.name;
        tour.propertyAddress = property.address == null ? null : property.address.oneLine();
        tour.timeZone = property.timeZone;
        tour.unitId = request.unitId();
        tour.slotId = slot.id;
        tour.start = slot.start;
        tour.end = slot.end;
        tour.lead = Lead.of(request.name(), request.email(), request.phone());
        tour.notes = request.notes();
        tour.leadId = request.leadId();
        tour.sessionId = request.sessionId();
        tour.idempotencyKey = idempotencyKey;
        tour.requestHash = request.fingerprint();
        tour.createdAt = now;
        tour.updatedAt = now;
        return tour;
    }

    /** The answer to a retry: the tour the first request booked, as it is now. */
    private Booking replay(Tour earlier, TourRequest request, String idempotencyKey, int attemptsLeft) {
        if (!earlier.requestHash.equals(request.fingerprint())) {
            throw new ProblemException(Problem.of(422, "Idempotency-Key reused",
                            "This Idempotency-Key was already used for a different booking request.")
                    .withErrors(List.of(new Problem.FieldError("Idempotency-Key", "was used with a different request body"))));
        }
        Tour settled = awaitSettled(earlier);
        if (settled == null) {
            // The first attempt failed (slot taken) and left nothing behind: this retry is a fresh attempt.
            return retry(request, idempotencyKey, attemptsLeft);
        }
        if (settled.status == TourStatus.PENDING) {
            throw BookingProblems.conflict("A booking with this Idempotency-Key is still in progress; retry in a few seconds.");
        }
        return new Booking(settled, false);
    }

    private Booking retry(TourRequest request, String idempotencyKey, int attemptsLeft) {
        if (attemptsLeft <= 1) {
            throw BookingProblems.conflict("Concurrent requests with this Idempotency-Key keep failing; retry later.");
        }
        return book(request, idempotencyKey, attemptsLeft - 1);
    }

    private Tour awaitSettled(Tour tour) {
        long deadline = System.nanoTime() + config.tours().idempotencyWait().toNanos();
        Tour current = tour;
        while (current != null && current.status == TourStatus.PENDING && System.nanoTime() < deadline) {
            sleep();
            current = tours.findById(tour.id);
        }
        return current;
    }

    private Booking confirmedByReconciler(Tour tour) {
        Tour current = tours.findById(tour.id);
        if (current != null && current.status != TourStatus.PENDING) {
            return new Booking(current, true);
        }
        slots.release(tour.slotId, tour.id);
        throw new ProblemException(Problem.of(503, "Booking interrupted",
                "The booking could not be completed in time and was undone; please try again."));
    }

    private static void sleep() {
        try {
            Thread.sleep(IN_PROGRESS_POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
