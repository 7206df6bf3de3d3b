package com.leadtolease.notification.service;

import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.agent.AgentActionData;

/** An {@code agent.actions} event as received: the envelope with the original JSON value, and that value read. */
public record AgentActionEvent(EventEnvelope<String> envelope, AgentActionData action) implements NotifiableEvent {
}
