package com.leadtolease.agent.domain;

/**
 * The outgoing channels an {@link OutboxEntry} is published on, named for the code that writes the entries. The
 * relay declares the same names for its emitters.
 */
public final class OutboxChannels {

    public static final String CHAT_OUTBOUND = "chat-outbound";
    public static final String AGENT_ACTIONS = "agent-actions";
    public static final String LEADS_EVENTS = "leads-events";

    private OutboxChannels() {
    }
}
