package com.leadtolease.notification.service;

import com.leadtolease.contracts.lead.LeadErasedData;
import com.leadtolease.notification.repository.DeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * A lead's data was erased on request: its deliveries (found by lead id, or by its conversations) lose the address,
 * the kept event (contact, text) and errors that may quote them; pending ones are stopped. Idempotent: erasing again
 * finds nothing left to erase.
 */
@ApplicationScoped
public class LeadErasure {

    private static final Logger LOG = Logger.getLogger(LeadErasure.class);

    private final DeliveryRepository repository;

    public LeadErasure(DeliveryRepository repository) {
        this.repository = repository;
    }

    public void erase(LeadErasedData erased) {
        List<String> sessions = erased.sessionIds() == null ? List.of() : erased.sessionIds();
        long redacted = repository.eraseLead(erased.leadId(), sessions, Instant.now());
        LOG.infof("Erasure %s of lead %s: %d deliveries redacted", erased.erasureId(), erased.leadId(), redacted);
    }
}
