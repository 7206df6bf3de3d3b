package com.leadtolease.booking;

import com.leadtolease.booking.domain.OfficeHours;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.service.SlotGenerator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Slot generation over a fixed week that crosses the end of daylight saving time in Chicago (2026-11-01). */
@QuarkusTest
class SlotGeneratorTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 10, 29);
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    @Inject
    Fixtures fixtures;
    @Inject
    SlotGenerator generator;
    @Inject
    SlotRepository slots;

    @Test
    void slotsFollowOfficeHoursInLocalTimeAcrossDaylightSavingAndSkipHolidays() {
        Property property = weekdayMorningsAndSaturday();

        int created = generator.generate(property, THURSDAY, 7, LONG_AGO);

        // Thu 4 + Fri 4 + Sat 2 + Sun closed + Mon 4 + Tue holiday + Wed 4
        assertThat(created).isEqualTo(18);
        List<TourSlot> stored = slots.list("propertyId", property.id);
        assertThat(stored).hasSize(18);
        TourSlot thursday = slots.findById(property.id + "-202610290900");
        assertThat(thursday.start).isEqualTo(Instant.parse("2026-10-29T14:00:00Z"));
        assertThat(thursday.end).isEqualTo(Instant.parse("2026-10-29T14:30:00Z"));
        assertThat(thursday.capacity).isEqualTo(2);
        assertThat(thursday.remaining).isEqualTo(2);
        assertThat(slots.findById(property.id + "-202611020900").start).isEqualTo(Instant.parse("2026-11-02T15:00:00Z"));
        assertThat(slots.findById(property.id + "-202610311000")).isNotNull();
        assertThat(slots.findById(property.id + "-202610310900")).isNull();
        assertThat(stored).noneMatch(slot -> slot.id.contains("-20261101"));
        assertThat(stored).noneMatch(slot -> slot.id.contains("-20261103"));
        assertThat(stored).noneMatch(slot -> slot.id.endsWith("1100"));
    }

    @Test
    void regeneratingCreatesNothingAndLeavesTakenSlotsAlone() {
        Property property = weekdayMorningsAndSaturday();
        generator.generate(property, THURSDAY, 7, LONG_AGO);
        String taken = property.id + "-202610300930";
        assertThat(slots.claim(taken, "tour-1", LONG_AGO)).isTrue();

        int created = generator.generate(property, THURSDAY, 14, LONG_AGO);

        assertThat(slots.count("propertyId", property.id)).isEqualTo(18 + created);
        assertThat(created).isEqualTo(22); // the second week: Thu 4, Fri 4, Sat 2, Mon-Wed 12
        TourSlot stillTaken = slots.findById(taken);
        assertThat(stillTaken.remaining).isEqualTo(1);
        assertThat(stillTaken.claims).extracting(claim -> claim.tourId).containsExactly("tour-1");
    }

    @Test
    void slotsThatAlreadyStartedAreNotCreated() {
        Property property = weekdayMorningsAndSaturday();

        int created = generator.generate(property, THURSDAY, 1, Instant.parse("2026-10-29T15:00:00Z"));

        assertThat(created).isEqualTo(1);
        assertThat(slots.list("propertyId", property.id)).extracting(slot -> slot.id)
                .containsExactly(property.id + "-202610291030");
    }

    private Property weekdayMorningsAndSaturday() {
        Property property = fixtures.property();
        property.officeHours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            property.officeHours.add(hours(day, 9, 11));
        }
        property.officeHours.add(hours(DayOfWeek.SATURDAY, 10, 11));
        property.holidays = List.of(LocalDate.of(2026, 11, 3));
        property.slotCapacity = 2;
        return fixtures.save(property);
    }

    private static OfficeHours hours(DayOfWeek day, int open, int close) {
        OfficeHours hours = new OfficeHours();
        hours.day = day;
        hours.open = LocalTime.of(open, 0);
        hours.close = LocalTime.of(close, 0);
        return hours;
    }
}
