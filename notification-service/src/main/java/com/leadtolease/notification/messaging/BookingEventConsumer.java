package com.leadtolease.notification.messaging;

import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.notification.config.NotificationConfig;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.service.BookingEvent;
import com.leadtolease.notification.service.DeliveryPlanner;
import com.leadtolease.notification.service.TourEventReader;
import com.leadtolease.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Reads {@code bookings.events} and only records what must be sent (pending deliveries in Mongo) before it
 * acknowledges; sending happens in {@link com.leadtolease.notification.service.DeliveryDispatcher}, so a slow SMTP
 * server or webhook never holds up the partition. A record that cannot be read is nacked and lands on
 * {@code bookings.events.dlq} (failure-strategy=dead-letter-queue).
 */
@ApplicationScoped
public class BookingEventConsumer {

    private static final Logger LOG = Logger.getLogger(BookingEventConsumer.class);

    private final EventConsumer events;
    private final TourEventReader reader;
    private final DeliveryPlanner planner;

    public BookingEventConsumer(TourEventReader reader, DeliveryPlanner planner, NotificationConfig config) {
        this.events = new EventConsumer(LOG, "Booking event", DeliveryPlanner::handles,
                config.consumers().bookingEventsRetryWindow());
        this.reader = reader;
        this.planner = planner;
    }

    @Incoming("booking-events")
    @Blocking
    public CompletionStage<Void> onBookingEvent(Message<String> message) {
        return events.consume(message, this::plan);
    }

    private void plan(EventEnvelope<String> envelope) {
        BookingEvent event = reader.read(envelope);
        List<Delivery> created = planner.plan(event);
        if (created.isEmpty()) {
            LOG.debugf("Event %s (%s) needs no new delivery (redelivered, or nobody to notify)",
                    envelope.id(), envelope.type());
        } else {
            LOG.infof("Event %s (%s) for tour %s: %d deliveries queued", envelope.id(), envelope.type(),
                    event.tour().tourId(), created.size());
        }
    }
}
