package com.leadtolease.agent.messaging;

import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.service.OutboxPublisher;
import jakarta.enterprise.context.ApplicationScoped;

/** The services' outbox publisher: the {@link OutboxRelay}. */
@ApplicationScoped
public class RelayingOutboxPublisher implements OutboxPublisher {

    private final OutboxRelay relay;

    RelayingOutboxPublisher(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void publish(Turn turn) {
        relay.relay(turn);
    }

    @Override
    public void publish(Lead lead) {
        relay.relay(lead);
    }
}
