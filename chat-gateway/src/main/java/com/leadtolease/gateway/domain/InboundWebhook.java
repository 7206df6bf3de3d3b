package com.leadtolease.gateway.domain;

import com.leadtolease.contracts.booking.LeadContact;

import java.time.LocalDate;
import java.util.List;

/** A webhook body read and validated, whatever shape it came in (Zapier's flat one or the CRM's). */
public sealed interface InboundWebhook {

    /** The id the sender gave the request in its body ({@code id} / {@code eventId}), or null. */
    String bodyId();

    /** A new lead: a web form, an ad, a listing site. */
    record NewLead(String bodyId, String externalId, LeadContact contact, String propertyId, String message,
                   Integer budget, Integer bedrooms, LocalDate moveDate, List<String> pets,
                   boolean consentToContact) implements InboundWebhook {
    }

    /** A known lead wrote again (for example replied to our email). */
    record NewMessage(String bodyId, String externalId, String leadId, String email, String phone, String text)
            implements InboundWebhook {
    }
}
