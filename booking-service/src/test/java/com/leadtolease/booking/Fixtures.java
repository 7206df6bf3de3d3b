package com.leadtolease.booking;

import com.leadtolease.booking.domain.Address;
import com.leadtolease.booking.domain.Fees;
import com.leadtolease.booking.domain.OfficeHours;
import com.leadtolease.booking.domain.PetPolicy;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.domain.Unit;
import com.leadtolease.booking.repository.PropertyRepository;
import com.leadtolease.booking.repository.SlotRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data written straight through the repositories: each test gets its own properties and slots. */
@ApplicationScoped
public class Fixtures {

    public static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final PropertyRepository properties;
    private final SlotRepository slots;

    Fixtures(PropertyRepository properties, SlotRepository slots) {
        this.properties = properties;
        this.slots = slots;
    }

    public static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A property open every day 08:00–20:00 with one one-bedroom unit. */
    public Property property(String area, Unit... units) {
        Property property = new Property();
        property.id = "fx-" + token();
        property.name = "Fixture " + property.id;
        property.address = new Address();
        property.address.street = "1 Test St";
        property.address.city = "Houston";
        property.address.state = "TX";
        property.address.zip = "77002";
        property.neighborhood = area;
        property.petPolicy = new PetPolicy();
        property.fees = new Fees();
        for (DayOfWeek day : DayOfWeek.values()) {
            OfficeHours hours = new OfficeHours();
            hours.day = day;
            hours.open = LocalTime.of(8, 0);
            hours.close = LocalTime.of(20, 0);
            property.officeHours.add(hours);
        }
        property.units = new ArrayList<>(units.length == 0 ? List.of(unit("U1", 1, 1200, LocalDate.now())) : List.of(units));
        properties.persist(property);
        return property;
    }

    public Property property() {
        return property("Fixture area " + token());
    }

    public Property save(Property property) {
        properties.persistOrUpdate(property);
        return property;
    }

    public static Unit unit(String unitId, int bedrooms, int rent, LocalDate availableFrom) {
        Unit unit = new Unit();
        unit.unitId = unitId;
        unit.bedrooms = bedrooms;
        unit.bathrooms = Math.max(1, bedrooms);
        unit.sqft = 500 + 350 * bedrooms;
        unit.rent = rent;
        unit.deposit = rent / 2;
        unit.availableFrom = availableFrom;
        return unit;
    }

    /** A free 30-minute slot of the property starting at the given local time. */
    public TourSlot slot(Property property, LocalDateTime localStart) {
        Instant start = localStart.atZone(property.zone()).toInstant();
        TourSlot slot = TourSlot.free(property.id, localStart, start, start.plus(30, ChronoUnit.MINUTES), 1);
        slots.persist(slot);
        return slot;
    }

    /** A free slot {@code days} days from today at {@code hour}:00 local time. */
    public TourSlot slotInDays(Property property, int days, int hour) {
        return slot(property, LocalDate.now(property.zone()).plusDays(days).atTime(hour, 0));
    }

    /** A free slot starting roughly {@code hours} from now, on a whole minute. */
    public TourSlot slotInHours(Property property, long hours) {
        LocalDateTime local = LocalDateTime.now(property.zone()).plusHours(hours).truncatedTo(ChronoUnit.MINUTES);
        return slot(property, local);
    }

    public static Map<String, Object> booking(TourSlot slot, String email) {
        Map<String, Object> lead = new HashMap<>(Map.of("name", "Jordan Rivera", "email", email, "phone", "(713) 555-0142"));
        return new HashMap<>(Map.of("propertyId", slot.propertyId, "slotId", slot.id, "lead", lead));
    }

    public static String email() {
        return "lead-" + token() + "@example.com";
    }
}
