package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.domain.Turn;

/**
 * Hands a document that was just written with events in its outbox to whatever publishes them. Implemented in
 * messaging, so the services that write the documents do not depend on the relay.
 */
public interface OutboxPublisher {

    void publish(Turn turn);

    void publish(Lead lead);
}
