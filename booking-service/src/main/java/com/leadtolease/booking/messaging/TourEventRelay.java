package com.leadtolease.booking.messaging;

import com.leadtolease.booking.config.BookingConfig;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.Topics;
import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.leadtolease.platform.outbox.OutboxRelay;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.time.Clock;
import java.util.Map;

/** The relay of the tour outboxes to {@code bookings.events}; every tour change wakes it. */
@ApplicationScoped
public class TourEventRelay {

    // Injected here, not into the producer: the messaging library finds emitters on bean fields and constructors.
    @Channel("bookings-events")
    MutinyEmitter<String> bookingsEvents;

    @Produces
    @Singleton
    OutboxRelay tourEvents(TourRepository tours, BookingConfig config, Clock clock, MeterRegistry meters) {
        return OutboxRelay.of("booking", config.outbox(),
                MongoOutboxStore.of(tours.mongoCollection(), config.outbox().claimLease(), clock)
                        .claimedInOrder(Sorts.ascending("updatedAt")),
                Map.of(Topics.BOOKINGS_EVENTS, bookingsEvents), meters);
    }
}
