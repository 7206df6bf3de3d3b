package com.leadtolease.agent.domain;

import java.time.Instant;

/**
 * An event waiting to be published, written in the same single-document write as the change it describes. The
 * payload is the JSON text of the event data, so what is published is exactly what was committed.
 *
 * @see com.leadtolease.agent.messaging.OutboxRelay
 */
public class OutboxEntry {
    public String eventId;
    /** The outgoing channel: chat-outbound, agent-actions or leads-events. */
    public String channel;
    public String type;
    public String subject;
    public Instant time;
    public String payload;

    public static OutboxEntry of(String eventId, String channel, String type, String subject, Instant time,
                                 String payload) {
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = eventId;
        entry.channel = channel;
        entry.type = type;
        entry.subject = subject;
        entry.time = time;
        entry.payload = payload;
        return entry;
    }
}
