package com.leadtolease.booking.service;

import com.leadtolease.booking.config.BookingConfig;
import com.leadtolease.booking.domain.SlotClaim;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.domain.TourStatus;
import com.leadtolease.platform.outbox.OutboxRelay;
import com.leadtolease.booking.messaging.TourEventFactory;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.EventTypes;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * Repairs what a crash between two writes leaves behind, once it is older than the grace period (younger state
 * may belong to a request still running):
 * <ul>
 *   <li>a PENDING tour whose slot claim exists is confirmed (SCHEDULED + event); without a claim it is deleted;</li>
 *   <li>a claim whose tour is gone, holds another slot or is cancelled is released.</li>
 * </ul>
 */
@ApplicationScoped
public class TourReconciler {

    private static final Logger LOG = Logger.getLogger(TourReconciler.class);

    private final TourRepository tours;
    private final SlotRepository slots;
    private final TourEventFactory events;
    private final OutboxRelay relay;
    private final BookingConfig config;
    private final Clock clock;

    TourReconciler(TourRepository tours, SlotRepository slots, TourEventFactory events, OutboxRelay relay,
                   BookingConfig config, Clock clock) {
        this.tours = tours;
        this.slots = slots;
        this.events = events;
        this.relay = relay;
        this.config = config;
        this.clock = clock;
    }

    public record Repairs(int confirmed, int discarded, int releasedClaims) {
    }

    @Scheduled(every = "${booking.tours.reconcile-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        reconcile(clock.instant());
    }

    public Repairs reconcile(Instant now) {
        Instant cutoff = now.minus(config.tours().pendingGrace());
        int confirmed = 0;
        int discarded = 0;
        for (Tour tour : tours.findPendingCreatedBefore(cutoff)) {
            if (slots.isClaimedBy(tour.slotId, tour.id)) {
                tour.status = TourStatus.SCHEDULED;
                tour.updatedAt = now;
                if (tours.confirm(tour.id, now, events.outboxEntry(EventTypes.TOUR_SCHEDULED, tour, now))) {
                    confirmed++;
                }
            } else if (tours.deleteIfPending(tour.id)) {
                discarded++;
            }
        }
        int released = releaseOrphanClaims(cutoff);
        Repairs repairs = new Repairs(confirmed, discarded, released);
        if (confirmed + discarded + released > 0) {
            LOG.infof("Reconciled interrupted bookings: %s", repairs);
            relay.wakeUp();
        }
        return repairs;
    }

    private int releaseOrphanClaims(Instant cutoff) {
        int released = 0;
        for (TourSlot slot : slots.findWithClaimsOlderThan(cutoff)) {
            for (SlotClaim claim : slot.claims) {
                if (claim.at.isBefore(cutoff) && !holdsSlot(tours.findById(claim.tourId), slot.id)
                        && slots.release(slot.id, claim.tourId)) {
                    released++;
                }
            }
        }
        return released;
    }

    private static boolean holdsSlot(Tour tour, String slotId) {
        return tour != null && slotId.equals(tour.slotId) && tour.status != TourStatus.CANCELLED;
    }
}
