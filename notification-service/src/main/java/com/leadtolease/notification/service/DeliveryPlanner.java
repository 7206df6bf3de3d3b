package com.leadtolease.notification.service;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.domain.DeliveryChannel;
import com.leadtolease.notification.domain.DeliveryIds;
import com.leadtolease.notification.domain.SourceEvent;
import com.leadtolease.notification.repository.DeliveryRepository;
import com.leadtolease.notification.service.webhook.WebhookTargets;
import com.mongodb.MongoException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides who hears about a booking event (the lead by email, each configured webhook) and records one pending
 * delivery per target. Ids are deterministic and inserted only if absent, so a redelivered event adds nothing.
 */
@ApplicationScoped
public class DeliveryPlanner {

    /** TOUR_COMPLETED brings the lead a "thanks for touring, apply here" email; a no-show brings nothing. */
    static final Set<String> TOUR_EVENTS = Set.of(EventTypes.TOUR_SCHEDULED, EventTypes.TOUR_RESCHEDULED,
            EventTypes.TOUR_CANCELLED, EventTypes.TOUR_REMINDER_DUE, EventTypes.TOUR_COMPLETED);

    private final DeliveryRepository repository;
    private final WebhookTargets webhookTargets;

    public DeliveryPlanner(DeliveryRepository repository, WebhookTargets webhookTargets) {
        this.repository = repository;
        this.webhookTargets = webhookTargets;
    }

    public static boolean handles(String eventType) {
        return TOUR_EVENTS.contains(eventType);
    }

    /** @return the deliveries this call created (empty for a redelivered event) */
    @Retry(maxRetries = 4, delay = 500, jitter = 200, retryOn = MongoException.class)
    public List<Delivery> plan(BookingEvent event) {
        SourceEvent source = SourceEvent.of(event.envelope(), Topics.BOOKINGS_EVENTS);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Delivery> created = new ArrayList<>();
        for (Delivery delivery : deliveriesFor(event, source, now)) {
            if (repository.insertIfAbsent(delivery)) {
                created.add(delivery);
            }
        }
        return created;
    }

    private List<Delivery> deliveriesFor(BookingEvent event, SourceEvent source, Instant now) {
        String tourId = event.tour().tourId();
        List<Delivery> deliveries = new ArrayList<>();
        LeadContact lead = event.tour().lead();
        if (lead != null && lead.email() != null && !lead.email().isBlank()) {
            String email = lead.email().trim().toLowerCase(Locale.ROOT);
            deliveries.add(Delivery.pending(DeliveryIds.of(source.eventId, DeliveryChannel.EMAIL, email), source, tourId,
                    DeliveryChannel.EMAIL, email, now));
        }
        for (String url : webhookTargets.forEventType(source.type)) {
            deliveries.add(Delivery.pending(DeliveryIds.of(source.eventId, DeliveryChannel.WEBHOOK, url), source, tourId,
                    DeliveryChannel.WEBHOOK, url, now));
        }
        deliveries.forEach(delivery -> delivery.leadId = event.tour().leadId());
        return deliveries;
    }
}
