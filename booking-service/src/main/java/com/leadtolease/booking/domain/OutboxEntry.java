package com.leadtolease.booking.domain;

import java.time.Instant;

/**
 * An event waiting to be published, written in the same update as the change it describes. The payload is
 * the JSON text of the event data, so what is published is exactly what was committed.
 */
public class OutboxEntry {
    public String eventId;
    public String type;
    public String source;
    public Instant time;
    public String payload;

    public static OutboxEntry of(String eventId, String type, String source, Instant time, String payload) {
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = eventId;
        entry.type = type;
        entry.source = source;
        entry.time = time;
        entry.payload = payload;
        return entry;
    }
}
