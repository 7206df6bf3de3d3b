package com.leadtolease.notification.service;

import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.lead.LeadEmailData;

/** A {@code LEAD_EMAIL_REQUESTED} event of {@code leads.events} as received: the envelope and its value read. */
public record LeadEmailEvent(EventEnvelope<String> envelope, LeadEmailData email) implements NotifiableEvent {
}
