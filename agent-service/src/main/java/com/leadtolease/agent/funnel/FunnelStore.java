package com.leadtolease.agent.funnel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The funnel's state in Mongo: one document per lead (stage, week first seen, property), per tour (status, week
 * booked, property, the ids of its reschedule events) and per application. Every write is idempotent: stage and status
 * only move forward by version / sequence, reschedules are a set of event ids, an application is inserted once; so a
 * redelivered event never counts twice, and the counters per (week, property) are read from these documents. They
 * hold ids, stages and times only, no personal data.
 */
@ApplicationScoped
public class FunnelStore {

    static final String LEADS = "funnel_leads";
    static final String TOURS = "funnel_tours";
    static final String APPLICATIONS = "funnel_applications";

    private final MongoCollection<Document> leads;
    private final MongoCollection<Document> tours;
    private final MongoCollection<Document> applications;

    FunnelStore(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        var db = mongo.getDatabase(database);
        this.leads = db.getCollection(LEADS);
        this.tours = db.getCollection(TOURS);
        this.applications = db.getCollection(APPLICATIONS);
    }

    void createIndexes(@Observes StartupEvent event) {
        for (MongoCollection<Document> collection : List.of(leads, tours, applications)) {
            collection.createIndex(Indexes.ascending("week", "propertyId"));
        }
    }

    /** The lead's stage as of {@code version}; an older or repeated version changes nothing. */
    void leadStage(String leadId, String stage, long version, String week) {
        ensure(leads, leadId, new Document("week", week).append("version", -1L));
        leads.updateOne(Filters.and(Filters.eq("_id", leadId), Filters.lt("version", version)),
                Updates.combine(Updates.set("stage", stage), Updates.set("version", version)));
    }

    /** The property a lead is counted under: the first one a tour or action of theirs names. */
    void leadProperty(String leadId, String propertyId, String week) {
        ensure(leads, leadId, new Document("week", week).append("version", -1L));
        leads.updateOne(Filters.and(Filters.eq("_id", leadId), Filters.eq("propertyId", null)),
                Updates.set("propertyId", propertyId));
    }

    /** The tour's status as of {@code sequence} (booking-service's change counter); older ones change nothing. */
    void tourStatus(String tourId, String propertyId, String leadId, String week, String status, int sequence) {
        ensure(tours, tourId, new Document("week", week).append("propertyId", propertyId).append("leadId", leadId)
                .append("sequence", -1).append("reschedules", List.of()));
        tours.updateOne(Filters.and(Filters.eq("_id", tourId), Filters.lt("sequence", sequence)),
                Updates.combine(Updates.set("status", status), Updates.set("sequence", sequence)));
    }

    void tourRescheduled(String tourId, String eventId) {
        tours.updateOne(Filters.eq("_id", tourId), Updates.addToSet("reschedules", eventId));
    }

    void application(String key, String propertyId, String leadId, String week) {
        ensure(applications, key, new Document("week", week).append("propertyId", propertyId).append("leadId", leadId));
    }

    List<Document> leads(String fromWeek, String toWeek, String propertyId) {
        return find(leads, Filters.and(inRange(fromWeek, toWeek, propertyId), Filters.ne("stage", null)));
    }

    List<Document> tours(String fromWeek, String toWeek, String propertyId) {
        return find(tours, Filters.and(inRange(fromWeek, toWeek, propertyId), Filters.ne("status", null)));
    }

    List<Document> applications(String fromWeek, String toWeek, String propertyId) {
        return find(applications, inRange(fromWeek, toWeek, propertyId));
    }

    private static Bson inRange(String fromWeek, String toWeek, String propertyId) {
        Bson weeks = Filters.and(Filters.gte("week", fromWeek), Filters.lte("week", toWeek));
        return propertyId == null ? weeks : Filters.and(weeks, Filters.eq("propertyId", propertyId));
    }

    private static List<Document> find(MongoCollection<Document> collection, Bson filter) {
        return collection.find(filter).into(new ArrayList<>());
    }

    /** Creates the document with these first values unless it exists; two consumers racing to create it both pass. */
    private static void ensure(MongoCollection<Document> collection, String id, Document firstValues) {
        try {
            collection.updateOne(Filters.eq("_id", id), new Document("$setOnInsert", firstValues),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
