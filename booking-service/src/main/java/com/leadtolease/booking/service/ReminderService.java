package com.leadtolease.booking.service;

import com.leadtolease.booking.config.BookingConfig;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.platform.outbox.OutboxRelay;
import com.leadtolease.booking.messaging.TourEventFactory;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.EventTypes;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * Announces "reminder due" once per tour start: the mark ({@code reminderSentFor = start}) and the event are one
 * conditional update, and a reschedule clears the mark so the new time gets its own reminder.
 */
@ApplicationScoped
public class ReminderService {

    private final TourRepository tours;
    private final TourEventFactory events;
    private final OutboxRelay relay;
    private final BookingConfig config;
    private final Clock clock;

    ReminderService(TourRepository tours, TourEventFactory events, OutboxRelay relay, BookingConfig config, Clock clock) {
        this.tours = tours;
        this.events = events;
        this.relay = relay;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${booking.reminders.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        markDueReminders(clock.instant());
    }

    /** Returns how many reminders became due. */
    public int markDueReminders(Instant now) {
        int due = 0;
        for (Tour tour : tours.findActiveStartingBetween(now, now.plus(config.reminders().leadTime()))) {
            if (!tour.start.equals(tour.reminderSentFor)
                    && tours.markReminderDue(tour, events.outboxEntry(EventTypes.TOUR_REMINDER_DUE, tour, now))) {
                due++;
            }
        }
        if (due > 0) {
            relay.wakeUp();
        }
        return due;
    }
}
