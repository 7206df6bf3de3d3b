package com.leadtolease.booking.config;

import com.leadtolease.platform.outbox.OutboxConfig;
import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** Everything tunable in booking-service; each key can be overridden by its environment variable (BOOKING_...). */
@ConfigMapping(prefix = "booking")
public interface BookingConfig {

    /** CloudEvent source of every event this service publishes. */
    String eventSource();

    Seed seed();

    Slots slots();

    Availability availability();

    Tours tours();

    OutboxConfig outbox();

    Reminders reminders();

    Consumers consumers();

    interface Consumers {
        /** How long a leads.events record failing transiently (Mongo away) is retried before its dead-letter topic. */
        Duration leadsEventsRetryWindow();
    }

    interface Seed {
        /** Load the sample properties when the properties collection is empty. */
        boolean enabled();

        /** Classpath resource holding the sample properties (JSON array). */
        String resource();
    }

    interface Slots {
        /** How many days ahead, starting today, tour slots are kept generated. */
        int horizonDays();

        /** Cron of the job that rolls the slot horizon forward (slots are also generated at every start). */
        String refreshCron();
    }

    interface Availability {
        /** Days shown when the caller gives no {@code to} date. */
        int defaultDays();

        /** Longest range one availability call may ask for. */
        int maxDays();
    }

    interface Tours {
        /** How long a booking may stay pending before the reconciler completes or discards it. */
        Duration pendingGrace();

        /** How often the reconciler runs. */
        String reconcileEvery();

        /** How many alternatives a 409 for a taken slot proposes. */
        int nextFreeSlots();

        /** How long a retry with the same Idempotency-Key waits for the first attempt to finish. */
        Duration idempotencyWait();
    }

    interface Reminders {
        /** A reminder becomes due this long before the tour starts. */
        Duration leadTime();

        String checkEvery();
    }
}
