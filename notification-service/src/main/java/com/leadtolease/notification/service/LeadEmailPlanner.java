package com.leadtolease.notification.service;

import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.lead.LeadEmailData;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.domain.DeliveryChannel;
import com.leadtolease.notification.domain.DeliveryIds;
import com.leadtolease.notification.domain.SourceEvent;
import com.leadtolease.notification.repository.DeliveryRepository;
import com.mongodb.MongoException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Records the one email delivery a {@code LEAD_EMAIL_REQUESTED} asks for. Its id comes from the email id (not the
 * event id), inserted only if absent, so a redelivered or re-published request sends one email.
 */
@ApplicationScoped
public class LeadEmailPlanner {

    private final DeliveryRepository repository;

    public LeadEmailPlanner(DeliveryRepository repository) {
        this.repository = repository;
    }

    /** @return the delivery this call created (empty for a request seen before) */
    @Retry(maxRetries = 4, delay = 500, jitter = 200, retryOn = MongoException.class)
    public Optional<Delivery> plan(LeadEmailEvent event) {
        LeadEmailData email = event.email();
        String address = email.contact().email().trim().toLowerCase(Locale.ROOT);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Delivery delivery = Delivery.pending(DeliveryIds.of("lead-email:" + email.emailId(), DeliveryChannel.EMAIL,
                address), SourceEvent.of(event.envelope(), Topics.LEADS_EVENTS), null, DeliveryChannel.EMAIL, address,
                now);
        delivery.sessionId = email.sessionId();
        delivery.leadId = email.leadId();
        return repository.insertIfAbsent(delivery) ? Optional.of(delivery) : Optional.empty();
    }
}
