package com.leadtolease.contracts.lead;

import com.leadtolease.contracts.booking.LeadContact;

import java.time.Instant;

/**
 * Payload of {@code leads.events} type {@code LEAD_EMAIL_REQUESTED} (key = lead id): an email the agent asks
 * notification-service to send to a lead who came in by webhook. notification-service adds the signed, expiring link
 * that opens the web chat on {@code sessionId}; the link itself never travels on Kafka.
 *
 * @param emailId unique per email; notification-service sends each id once
 * @param kind    invite (first email after a new lead) | reply (the agent's answer to a message that came by webhook)
 * @param text    the agent's words, plain text
 */
public record LeadEmailData(String emailId, String kind, String leadId, String sessionId, LeadContact contact,
                            String propertyId, String text, Instant occurredAt) {

    public static final String KIND_INVITE = "invite";
    public static final String KIND_REPLY = "reply";
}
