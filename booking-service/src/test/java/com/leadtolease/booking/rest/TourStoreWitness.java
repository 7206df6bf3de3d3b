package com.leadtolease.booking.rest;

import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.testing.RouteMatrix;
import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tour routes write: tour documents, the outbox events inside them and the claims (holds) on slots. A
 * refused request must add, change or queue none of them. The outbox relay drains events in the background, so
 * only events that appeared count, and tours are compared without their outbox and its claim.
 */
final class TourStoreWitness implements RouteMatrix.Witness {

    private final MongoCollection<Document> tours;
    private final MongoCollection<Document> slots;
    private long tourCount;
    private Map<Object, Document> toursBefore;
    private Set<Object> eventsBefore;
    private Map<Object, Document> claimedSlotsBefore;

    TourStoreWitness(TourRepository tours, SlotRepository slots) {
        this.tours = tours.mongoCollection().withDocumentClass(Document.class);
        this.slots = slots.mongoCollection().withDocumentClass(Document.class);
    }

    @Override
    public void reset() {
        tourCount = tours.countDocuments();
        toursBefore = toursWithoutOutbox();
        eventsBefore = outboxEventIds();
        claimedSlotsBefore = claimedSlots();
    }

    @Override
    public List<String> traces() {
        List<String> traces = new ArrayList<>();
        long count = tours.countDocuments();
        if (count != tourCount) {
            traces.add("the tour count went from " + tourCount + " to " + count);
        }
        toursWithoutOutbox().forEach((id, tour) -> {
            if (!tour.equals(toursBefore.get(id))) {
                traces.add("tour " + id + " was written");
            }
        });
        Set<Object> queued = outboxEventIds();
        queued.removeAll(eventsBefore);
        queued.forEach(eventId -> traces.add("outbox event " + eventId + " was queued"));
        Map<Object, Document> claimed = claimedSlots();
        if (!claimed.equals(claimedSlotsBefore)) {
            traces.add("slot holds changed: " + claimedSlotsBefore.keySet() + " -> " + claimed.keySet());
        }
        return traces;
    }

    private Map<Object, Document> toursWithoutOutbox() {
        Map<Object, Document> byId = new HashMap<>();
        for (Document tour : tours.find()) {
            MongoOutboxStore.FIELDS.forEach(tour::remove);
            byId.put(tour.get("_id"), tour);
        }
        return byId;
    }

    private Set<Object> outboxEventIds() {
        Set<Object> ids = new HashSet<>();
        for (Document tour : tours.find(Filters.exists("outbox.0"))) {
            tour.getList("outbox", Document.class).forEach(event -> ids.add(event.get("eventId")));
        }
        return ids;
    }

    private Map<Object, Document> claimedSlots() {
        Map<Object, Document> byId = new HashMap<>();
        for (Document slot : slots.find(Filters.exists("claims.0"))) {
            byId.put(slot.get("_id"), slot);
        }
        return byId;
    }
}
