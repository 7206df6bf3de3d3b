package com.leadtolease.notification.service;

import com.leadtolease.contracts.EventEnvelope;

/** An event deliveries are made for, as received: the envelope with the original JSON value, and that value read. */
public sealed interface NotifiableEvent permits BookingEvent, AgentActionEvent, LeadEmailEvent {

    EventEnvelope<String> envelope();
}
