package com.leadtolease.booking.repository;

import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.domain.TourSlot;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Creates the indexes at startup, before seeding; creating an existing index is a no-op. */
@ApplicationScoped
public class MongoIndexes {

    public static final int STARTUP_ORDER = 10;

    private final TourRepository tours;
    private final SlotRepository slots;

    MongoIndexes(TourRepository tours, SlotRepository slots) {
        this.tours = tours;
        this.slots = slots;
    }

    void onStart(@Observes @Priority(STARTUP_ORDER) StartupEvent event) {
        MongoCollection<Tour> tourCollection = tours.mongoCollection();
        tourCollection.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().unique(true).sparse(true));
        tourCollection.createIndex(Indexes.ascending("lead.email"));
        tourCollection.createIndex(Indexes.ascending("propertyId", "start"));
        tourCollection.createIndex(Indexes.ascending("status", "start"));
        // A lead's tours (the CRM API) and an erased lead's tours, found by lead or conversation.
        tourCollection.createIndex(Indexes.ascending("leadId", "start"));
        tourCollection.createIndex(Indexes.ascending("sessionId"));

        MongoCollection<TourSlot> slotCollection = slots.mongoCollection();
        slotCollection.createIndex(Indexes.ascending("propertyId", "start"));
        slotCollection.createIndex(Indexes.ascending("claims.at"), new IndexOptions().sparse(true));
    }
}
