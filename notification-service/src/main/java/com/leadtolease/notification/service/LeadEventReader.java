package com.leadtolease.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.lead.LeadEmailData;
import com.leadtolease.contracts.lead.LeadErasedData;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Reads the JSON values of the {@code leads.events} this service acts on. Failures name the event and the field, never
 * a value: the payloads carry personal data.
 */
@ApplicationScoped
public class LeadEventReader {

    private static final Set<String> KINDS = Set.of(LeadEmailData.KIND_INVITE, LeadEmailData.KIND_REPLY);

    private final ObjectMapper mapper;

    public LeadEventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws InvalidEventException when the value is not a lead email with an id, kind, session, text and address */
    public LeadEmailEvent email(EventEnvelope<String> envelope) {
        LeadEmailData email = read(envelope, LeadEmailData.class);
        require(email.emailId(), "emailId", envelope);
        require(email.sessionId(), "sessionId", envelope);
        require(email.text(), "text", envelope);
        if (!KINDS.contains(email.kind())) {
            throw new InvalidEventException("event " + envelope.id() + " has an unknown email kind");
        }
        if (email.contact() == null) {
            throw new InvalidEventException("event " + envelope.id() + " carries no contact");
        }
        require(email.contact().email(), "contact.email", envelope);
        return new LeadEmailEvent(envelope, email);
    }

    /** @throws InvalidEventException when the value is not an erasure naming its lead */
    public LeadErasedData erased(EventEnvelope<String> envelope) {
        LeadErasedData erased = read(envelope, LeadErasedData.class);
        require(erased.erasureId(), "erasureId", envelope);
        require(erased.leadId(), "leadId", envelope);
        return erased;
    }

    private <T> T read(EventEnvelope<String> envelope, Class<T> type) {
        if (envelope.data() == null || envelope.data().isBlank()) {
            throw new InvalidEventException("event " + envelope.id() + " has an empty value");
        }
        try {
            T value = mapper.readValue(envelope.data(), type);
            if (value == null) {
                throw new InvalidEventException("event " + envelope.id() + " is null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event " + envelope.id() + " is not a " + type.getSimpleName()
                    + " JSON value");
        }
    }

    private static void require(String value, String field, EventEnvelope<String> envelope) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("event " + envelope.id() + " carries no " + field);
        }
    }
}
