package com.leadtolease.contracts.webhook;

import com.leadtolease.contracts.booking.LeadContact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of {@code webhooks.inbound} type {@code WEBHOOK_LEAD_RECEIVED} (key = source): a new lead from a web form,
 * ad or listing site, already verified (HMAC), validated and normalized by chat-gateway.
 *
 * @param webhookId  unique per accepted request (source + Idempotency-Key); consumers act once per id
 * @param source     zapier | crm
 * @param externalId the sender's own id for the lead, if it gave one
 * @param sessionId  the conversation the gateway opened for this lead; the invite link opens the web chat on it
 * @param message    what the person wrote in the form, if anything
 */
public record WebhookLeadData(String webhookId, String source, String externalId, String sessionId,
                              LeadContact contact, String propertyId, String message, Integer budget,
                              Integer bedrooms, LocalDate moveDate, List<String> pets, boolean consentToContact,
                              Instant receivedAt) {

    public static final String SOURCE_ZAPIER = "zapier";
    public static final String SOURCE_CRM = "crm";
}
