package com.leadtolease.booking;

import com.leadtolease.booking.domain.Lead;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.domain.TourStatus;
import com.leadtolease.booking.domain.TourType;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.booking.service.TourReconciler;
import com.leadtolease.contracts.EventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The states a crash between two writes leaves behind, and how the reconciler repairs each of them. */
@QuarkusTest
class TourReconcilerTest {

    private static final Instant NOW = Instant.now();
    private static final Instant LONG_AGO = NOW.minus(Duration.ofMinutes(10));

    @Inject
    Fixtures fixtures;
    @Inject
    TourRepository tours;
    @Inject
    SlotRepository slots;
    @Inject
    TourReconciler reconciler;

    Property property;
    TourSlot slot;

    @BeforeEach
    void createSlot() {
        property = fixtures.property();
        slot = fixtures.slotInDays(property, 2, 10);
    }

    @Test
    void crashAfterClaimingCompletesTheBooking() {
        Tour tour = pendingTour(LONG_AGO);
        slots.claim(slot.id, tour.id, LONG_AGO);

        reconciler.reconcile(NOW);

        Tour repaired = tours.findById(tour.id);
        assertThat(repaired.status).isEqualTo(TourStatus.SCHEDULED);
        assertThat(slots.findById(slot.id).claims).extracting(claim -> claim.tourId).containsExactly(tour.id);
        assertThat(PublishedEvents.awaitEvents(tour.id, EventTypes.TOUR_SCHEDULED, 1)).hasSize(1);
    }

    @Test
    void crashBeforeClaimingDiscardsThePendingTour() {
        Tour tour = pendingTour(LONG_AGO);

        reconciler.reconcile(NOW);

        assertThat(tours.findById(tour.id)).isNull();
        assertThat(slots.findById(slot.id).remaining).isEqualTo(1);
    }

    @Test
    void bookingsStillWithinTheGracePeriodAreLeftAlone() {
        Tour claimed = pendingTour(NOW);
        slots.claim(slot.id, claimed.id, NOW);
        Tour unclaimed = pendingTour(NOW);

        reconciler.reconcile(NOW);

        assertThat(tours.findById(claimed.id).status).isEqualTo(TourStatus.PENDING);
        assertThat(tours.findById(unclaimed.id).status).isEqualTo(TourStatus.PENDING);
        assertThat(slots.findById(slot.id).claims).hasSize(1);
    }

    @Test
    void claimsOfToursThatDoNotHoldTheSlotAreReleased() {
        slots.claim(slot.id, "tour-that-never-was-" + UUID.randomUUID(), LONG_AGO);

        reconciler.reconcile(NOW);

        TourSlot released = slots.findById(slot.id);
        assertThat(released.claims).isEmpty();
        assertThat(released.remaining).isEqualTo(1);
    }

    @Test
    void crashDuringRescheduleOrCancelReleasesTheLeftoverClaim() {
        TourSlot held = fixtures.slotInDays(property, 2, 12);
        Tour moved = activeTour(held);
        slots.claim(held.id, moved.id, LONG_AGO);
        slots.claim(slot.id, moved.id, LONG_AGO); // new slot claimed, tour update never happened
        TourSlot third = fixtures.slotInDays(property, 2, 13);
        Tour cancelled = activeTour(third);
        cancelled.status = TourStatus.CANCELLED;
        tours.update(cancelled);
        slots.claim(third.id, cancelled.id, LONG_AGO); // cancelled, but the slot was never freed

        reconciler.reconcile(NOW);

        assertThat(slots.findById(slot.id).claims).isEmpty();
        assertThat(slots.findById(held.id).claims).extracting(claim -> claim.tourId).containsExactly(moved.id);
        assertThat(slots.findById(third.id).claims).isEmpty();
        assertThat(slots.findById(third.id).remaining).isEqualTo(1);
    }

    private Tour pendingTour(Instant createdAt) {
        Tour tour = tour(slot);
        tour.status = TourStatus.PENDING;
        tour.createdAt = createdAt;
        tour.updatedAt = createdAt;
        tours.persist(tour);
        return tour;
    }

    private Tour activeTour(TourSlot holding) {
        Tour tour = tour(holding);
        tour.status = TourStatus.SCHEDULED;
        tours.persist(tour);
        return tour;
    }

    private Tour tour(TourSlot holding) {
        Tour tour = new Tour();
        tour.id = UUID.randomUUID().toString();
        tour.tourType = TourType.IN_PERSON;
        tour.propertyId = property.id;
        tour.propertyName = property.name;
        tour.timeZone = property.timeZone;
        tour.slotId = holding.id;
        tour.start = holding.start;
        tour.end = holding.end;
        tour.lead = Lead.of("Casey Nguyen", Fixtures.email(), "713-555-0199");
        tour.requestHash = "test";
        tour.createdAt = LONG_AGO;
        tour.updatedAt = LONG_AGO;
        return tour;
    }
}
