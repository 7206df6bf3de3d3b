package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.domain.Turn;

/** Publishes the events of documents just written; what it has not published yet stays in their outboxes. */
public interface EventRelay {

    /** The events of a turn that was just inserted. */
    void relay(Turn turn);

    /** The events of a lead that was just saved (with any older ones still in its outbox, oldest first). */
    void relay(Lead lead);

    /**
     * The reply of a turn answered before, once more, for a message that came again. Only once the turn's own events
     * are out: until then the relay publishes them, in order.
     */
    void republishReply(Turn turn);
}
