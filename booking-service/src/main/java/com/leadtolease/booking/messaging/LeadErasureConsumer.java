package com.leadtolease.booking.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.booking.config.BookingConfig;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.lead.LeadErasedData;
import com.leadtolease.platform.messaging.EventPayloads;
import com.leadtolease.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.concurrent.CompletionStage;

/**
 * Reads {@code leads.events} and, for LEAD_ERASED, clears the contact and notes of the lead's tours (the tours stay,
 * for counts). Other types are skipped; the same erasure coming again changes nothing (tours carry its id). A record
 * that cannot be read lands on {@code leads.events.dlq}.
 */
@ApplicationScoped
public class LeadErasureConsumer {

    private static final Logger LOG = Logger.getLogger(LeadErasureConsumer.class);

    private final EventConsumer events;
    private final TourRepository tours;
    private final ObjectMapper json;
    private final Clock clock;

    LeadErasureConsumer(TourRepository tours, ObjectMapper json, Clock clock, BookingConfig config) {
        this.events = new EventConsumer(LOG, "Lead event", EventTypes.LEAD_ERASED::equals,
                config.consumers().leadsEventsRetryWindow());
        this.tours = tours;
        this.json = json;
        this.clock = clock;
    }

    @Incoming("leads-events")
    @Blocking
    public CompletionStage<Void> onLeadEvent(Message<String> message) {
        return events.consume(message, this::erase);
    }

    private void erase(EventEnvelope<String> envelope) {
        LeadErasedData erased = EventPayloads.read(json, envelope, LeadErasedData.class);
        long cleared = tours.anonymizeLead(erased.leadId(), erased.sessionIds(), erased.erasureId(), clock.instant());
        LOG.infof("Erasure %s of lead %s: contact cleared on %d tours", erased.erasureId(), erased.leadId(), cleared);
    }
}
