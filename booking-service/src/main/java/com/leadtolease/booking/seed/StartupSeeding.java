package com.leadtolease.booking.seed;

import com.leadtolease.booking.config.BookingConfig;
import com.leadtolease.booking.repository.MongoIndexes;
import com.leadtolease.booking.service.SlotGenerator;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** At every start, after the indexes exist: sample properties (when enabled and empty), then the tour slots. */
@ApplicationScoped
public class StartupSeeding {

    private final PropertySeeder seeder;
    private final SlotGenerator slotGenerator;
    private final BookingConfig config;

    StartupSeeding(PropertySeeder seeder, SlotGenerator slotGenerator, BookingConfig config) {
        this.seeder = seeder;
        this.slotGenerator = slotGenerator;
        this.config = config;
    }

    void onStart(@Observes @Priority(MongoIndexes.STARTUP_ORDER + 10) StartupEvent event) {
        if (config.seed().enabled()) {
            seeder.seedIfEmpty();
        }
        slotGenerator.generateForAllProperties();
    }
}
