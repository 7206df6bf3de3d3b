package com.leadtolease.booking.domain;

import com.leadtolease.platform.outbox.OutboxEvent;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A booked tour. Property name, address and time zone are copied in so events and answers need no lookup.
 * {@code sequence} grows with every change and doubles as the optimistic version of the document.
 * {@code outbox} holds events not yet acknowledged by Kafka. {@code idempotencyKey} is held only while the tour is
 * live on the slot it was booked for: cancelling or moving the tour moves the key to {@code releasedIdempotencyKey},
 * so a later request with the same key (the same chat choosing the same slot again) books a new tour.
 */
@MongoEntity(collection = "tours")
public class Tour {
    @BsonId
    public String id;
    public TourStatus status;
    public TourType tourType;
    public String propertyId;
    public String propertyName;
    public String propertyAddress;
    public String timeZone;
    public String unitId;
    public String slotId;
    public Instant start;
    public Instant end;
    public Instant previousStart;
    public int sequence;
    public Lead lead;
    public String notes;
    public String leadId;
    public String sessionId;
    public String idempotencyKey;
    public String releasedIdempotencyKey;
    public String requestHash;
    public Instant reminderSentFor;
    public String cancelReason;
    /** Set when the lead's data was erased (contact and notes cleared): the erasure's id. */
    public String erasureId;
    public Instant createdAt;
    public Instant updatedAt;
    public List<OutboxEvent> outbox = new ArrayList<>();

    /** The tour no longer answers to its idempotency key; returns whether it held one. */
    public boolean releaseIdempotencyKey() {
        if (idempotencyKey == null) {
            return false;
        }
        releasedIdempotencyKey = idempotencyKey;
        idempotencyKey = null;
        return true;
    }
}
