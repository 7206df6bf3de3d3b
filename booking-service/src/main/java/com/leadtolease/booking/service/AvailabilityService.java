package com.leadtolease.booking.service;

import com.leadtolease.booking.config.BookingConfig;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.contracts.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

@ApplicationScoped
public class AvailabilityService {

    private final PropertyCatalog catalog;
    private final SlotRepository slots;
    private final BookingConfig config;
    private final Clock clock;

    AvailabilityService(PropertyCatalog catalog, SlotRepository slots, BookingConfig config, Clock clock) {
        this.catalog = catalog;
        this.slots = slots;
        this.config = config;
        this.clock = clock;
    }

    public record Availability(Property property, List<FreeSlot> slots) {
    }

    /** Free future slots between two local dates of the property (both inclusive); defaults to the coming week. */
    public Availability between(String propertyId, LocalDate from, LocalDate to) {
        Property property = catalog.get(propertyId);
        ZoneId zone = property.zone();
        LocalDate first = from != null ? from : LocalDate.now(clock.withZone(zone));
        LocalDate last = to != null ? to : first.plusDays(config.availability().defaultDays());
        if (last.isBefore(first)) {
            throw ProblemException.invalidField("to", "must not be before from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) > config.availability().maxDays()) {
            throw ProblemException.invalidField("to", "must be at most " + config.availability().maxDays() + " days after from");
        }
        List<LocalDate> days = first.datesUntil(last.plusDays(1)).toList();
        List<FreeSlot> free = slots.findFree(property.id, days, clock.instant(), null, Integer.MAX_VALUE)
                .stream().map(slot -> FreeSlot.of(slot, zone)).toList();
        return new Availability(property, free);
    }

    /** The alternatives offered when a slot is taken. */
    public List<FreeSlot> nextFree(Property property, String takenSlotId) {
        return slots.findFree(property.id, List.of(), clock.instant(), takenSlotId, config.tours().nextFreeSlots())
                .stream().map(slot -> FreeSlot.of(slot, property.zone())).toList();
    }
}
