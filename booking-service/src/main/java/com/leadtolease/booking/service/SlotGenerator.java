package com.leadtolease.booking.service;

import com.leadtolease.booking.config.BookingConfig;
import com.leadtolease.booking.domain.OfficeHours;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.repository.PropertyRepository;
import com.leadtolease.booking.repository.SlotRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps tour slots generated for the coming days within each property's office hours. Idempotent: slot ids are
 * deterministic and only missing slots are inserted, so it runs at every start and daily to roll the horizon forward.
 */
@ApplicationScoped
public class SlotGenerator {

    private static final Logger LOG = Logger.getLogger(SlotGenerator.class);

    private final PropertyRepository properties;
    private final SlotRepository slots;
    private final BookingConfig config;
    private final Clock clock;

    SlotGenerator(PropertyRepository properties, SlotRepository slots, BookingConfig config, Clock clock) {
        this.properties = properties;
        this.slots = slots;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${booking.slots.refresh-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshDaily() {
        generateForAllProperties();
    }

    /** Returns the number of slots created. */
    public int generateForAllProperties() {
        Instant now = clock.instant();
        int created = 0;
        for (Property property : properties.listAll()) {
            LocalDate today = LocalDate.ofInstant(now, property.zone());
            created += generate(property, today, config.slots().horizonDays(), now);
        }
        LOG.infof("Tour slots generated for the next %d days: %d new", config.slots().horizonDays(), created);
        return created;
    }

    /** Creates the missing slots of {@code days} days from {@code firstDay}; slots starting at or before {@code notBefore} are skipped. */
    public int generate(Property property, LocalDate firstDay, int days, Instant notBefore) {
        List<TourSlot> wanted = new ArrayList<>();
        for (LocalDate day = firstDay; day.isBefore(firstDay.plusDays(days)); day = day.plusDays(1)) {
            wanted.addAll(slotsOn(property, day, notBefore));
        }
        return slots.insertMissing(wanted);
    }

    private static List<TourSlot> slotsOn(Property property, LocalDate day, Instant notBefore) {
        if (property.closedForHoliday(day)) {
            return List.of();
        }
        OfficeHours hours = property.hoursOn(day.getDayOfWeek()).orElse(null);
        if (hours == null) {
            return List.of();
        }
        ZoneId zone = property.zone();
        int length = property.slotMinutes;
        int closeMinute = hours.close.toSecondOfDay() / 60;
        List<TourSlot> daySlots = new ArrayList<>();
        // Counting minutes of the day instead of adding to LocalTime avoids wrapping past midnight.
        for (int minute = hours.open.toSecondOfDay() / 60; minute + length <= closeMinute; minute += length) {
            LocalDateTime localStart = day.atStartOfDay().plusMinutes(minute);
            Instant start = localStart.atZone(zone).toInstant();
            if (start.isAfter(notBefore)) {
                daySlots.add(TourSlot.free(property.id, localStart, start, start.plusSeconds(length * 60L), property.slotCapacity));
            }
        }
        return daySlots;
    }
}
