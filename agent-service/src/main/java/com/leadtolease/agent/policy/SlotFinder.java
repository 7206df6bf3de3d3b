package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingApi;
import com.leadtolease.agent.client.BookingViews.Availability;
import com.leadtolease.agent.client.BookingViews.Slot;
import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.OfferedSlot;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Real free tour slots from booking-service's availability; never invented. */
@ApplicationScoped
public class SlotFinder {

    private final BookingApi booking;
    private final int offered;
    private final int days;

    SlotFinder(BookingApi booking, AgentConfig config) {
        this.booking = booking;
        this.offered = config.dialog().offeredSlots();
        this.days = config.dialog().availabilityDays();
    }

    /** The property's zone and up to three free slots from {@code from}, spread over different days when possible. */
    public List<OfferedSlot> offer(String sessionId, String propertyId, LocalDate from, String excludeSlotId) {
        Optional<Availability> availability = booking.availability(sessionId, propertyId, from, from.plusDays(days));
        if (availability.isEmpty()) {
            return List.of();
        }
        List<Slot> free = availability.get().slotsOrEmpty().stream()
                .filter(slot -> slot.remaining() > 0 && !slot.slotId().equals(excludeSlotId))
                .sorted(Comparator.comparing(Slot::start))
                .toList();
        return spread(free).stream().map(slot -> offered(slot, propertyId, availability.get().timeZone())).toList();
    }

    /** The free slot on {@code day} nearest to {@code preferred}, if the property has one that day. */
    public Optional<OfferedSlot> nearestOn(String sessionId, String propertyId, LocalDate day, LocalTime preferred,
                                           String excludeSlotId) {
        Optional<Availability> availability = booking.availability(sessionId, propertyId, day, day);
        if (availability.isEmpty()) {
            return Optional.empty();
        }
        String zone = availability.get().timeZone();
        return availability.get().slotsOrEmpty().stream()
                .filter(slot -> slot.remaining() > 0 && !slot.slotId().equals(excludeSlotId))
                .min(Comparator.comparingLong(slot -> Math.abs(minutesBetween(slot, preferred, zone))))
                .map(slot -> offered(slot, propertyId, zone));
    }

    public static OfferedSlot offered(Slot slot, String propertyId, String zone) {
        OfferedSlot offeredSlot = new OfferedSlot();
        offeredSlot.slotId = slot.slotId();
        offeredSlot.propertyId = propertyId;
        offeredSlot.start = slot.start().toInstant();
        offeredSlot.zone = zone;
        offeredSlot.label = SlotLabels.label(offeredSlot.start, zone);
        return offeredSlot;
    }

    private List<Slot> spread(List<Slot> free) {
        List<Slot> chosen = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (Slot slot : free) {
            if (chosen.size() < offered && days.add(slot.start().toLocalDate())) {
                chosen.add(slot);
            }
        }
        for (Slot slot : free) {
            if (chosen.size() < offered && !chosen.contains(slot)) {
                chosen.add(slot);
            }
        }
        chosen.sort(Comparator.comparing(Slot::start));
        return chosen;
    }

    private static long minutesBetween(Slot slot, LocalTime preferred, String zone) {
        LocalTime time = slot.start().atZoneSameInstant(ZoneId.of(zone)).toLocalTime();
        return (time.toSecondOfDay() - preferred.toSecondOfDay()) / 60;
    }
}
