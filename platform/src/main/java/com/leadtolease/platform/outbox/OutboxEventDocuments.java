package com.leadtolease.platform.outbox;

import org.bson.Document;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link OutboxEvent} as a BSON document, under the same names a POJO codec gives its fields. */
public final class OutboxEventDocuments {

    private OutboxEventDocuments() {
    }

    public static Document toDocument(OutboxEvent event) {
        return new Document("eventId", event.eventId)
                .append("topic", event.topic)
                .append("type", event.type)
                .append("source", event.source)
                .append("subject", event.subject)
                .append("time", Date.from(event.time))
                .append("data", event.data)
                .append("headers", new Document(event.headers == null ? Map.of() : event.headers))
                .append("attempts", event.attempts);
    }

    public static OutboxEvent fromDocument(Document document) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = document.getString("eventId");
        event.topic = document.getString("topic");
        event.type = document.getString("type");
        event.source = document.getString("source");
        event.subject = document.getString("subject");
        event.time = document.getDate("time").toInstant();
        event.data = document.getString("data");
        event.headers = new LinkedHashMap<>();
        Document headers = document.get("headers", Document.class);
        if (headers != null) {
            headers.forEach((name, value) -> event.headers.put(name, String.valueOf(value)));
        }
        Number attempts = document.get("attempts", Number.class);
        event.attempts = attempts == null ? 0 : attempts.intValue();
        return event;
    }
}
