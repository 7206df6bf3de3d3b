package com.leadtolease.booking.repository;

import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.domain.TourStatus;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every change of a tour is one conditional update of its document that also appends the change's outbox event,
 * so a change and its event are committed together or not at all.
 */
@ApplicationScoped
public class TourRepository implements PanacheMongoRepositoryBase<Tour, String> {

    /** False when another tour already uses the same idempotency key. */
    public boolean insertIfKeyUnused(Tour tour) {
        try {
            mongoCollection().insertOne(tour);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY && tour.idempotencyKey != null) {
                return false;
            }
            throw e;
        }
    }

    public Optional<Tour> findByIdempotencyKey(String key) {
        return Optional.ofNullable(mongoCollection().find(Filters.eq("idempotencyKey", key)).first());
    }

    /** PENDING → SCHEDULED once its slot claim is known to exist. */
    public boolean confirm(String tourId, Instant at, OutboxEvent event) {
        return update(Filters.and(Filters.eq("_id", tourId), Filters.eq("status", TourStatus.PENDING)),
                Updates.set("status", TourStatus.SCHEDULED),
                Updates.set("updatedAt", at),
                Updates.push("outbox", event));
    }

    public boolean reschedule(Tour changed, int expectedSequence, OutboxEvent event) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("status", changed.status),
                Updates.set("slotId", changed.slotId),
                Updates.set("start", changed.start),
                Updates.set("end", changed.end),
                Updates.set("previousStart", changed.previousStart),
                Updates.set("sequence", changed.sequence),
                Updates.set("updatedAt", changed.updatedAt),
                Updates.unset("reminderSentFor"),
                Updates.push("outbox", event)));
        updates.addAll(keyRelease(changed));
        return update(activeAtSequence(changed.id, expectedSequence), updates.toArray(Bson[]::new));
    }

    public boolean cancel(Tour changed, int expectedSequence, OutboxEvent event) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("status", changed.status),
                Updates.set("sequence", changed.sequence),
                Updates.set("updatedAt", changed.updatedAt),
                Updates.push("outbox", event)));
        if (changed.cancelReason != null) {
            updates.add(Updates.set("cancelReason", changed.cancelReason));
        }
        updates.addAll(keyRelease(changed));
        return update(activeAtSequence(changed.id, expectedSequence), updates.toArray(Bson[]::new));
    }

    public boolean recordOutcome(Tour changed, int expectedSequence, OutboxEvent event) {
        return update(activeAtSequence(changed.id, expectedSequence),
                Updates.set("status", changed.status),
                Updates.set("sequence", changed.sequence),
                Updates.set("updatedAt", changed.updatedAt),
                Updates.push("outbox", event));
    }

    /** Marks the reminder for the tour's current start as due, once: a second call for the same start changes nothing. */
    public boolean markReminderDue(Tour tour, OutboxEvent event) {
        return update(Filters.and(
                        Filters.eq("_id", tour.id),
                        Filters.eq("start", tour.start),
                        Filters.in("status", TourStatus.ACTIVE),
                        Filters.ne("reminderSentFor", tour.start)),
                Updates.set("reminderSentFor", tour.start),
                Updates.push("outbox", event));
    }

    public boolean deleteIfPending(String tourId) {
        return mongoCollection().deleteOne(Filters.and(Filters.eq("_id", tourId), Filters.eq("status", TourStatus.PENDING)))
                .getDeletedCount() == 1;
    }

    public List<Tour> findPendingCreatedBefore(Instant cutoff) {
        return mongoCollection().find(Filters.and(Filters.eq("status", TourStatus.PENDING), Filters.lt("createdAt", cutoff)))
                .into(new ArrayList<>());
    }

    public List<Tour> findActiveStartingBetween(Instant fromExclusive, Instant untilInclusive) {
        return mongoCollection().find(Filters.and(
                        Filters.in("status", TourStatus.ACTIVE),
                        Filters.gt("start", fromExclusive),
                        Filters.lte("start", untilInclusive)))
                .into(new ArrayList<>());
    }

    /** Tours booked (not pending) matching every criterion given, earliest first. */
    public List<Tour> findVisible(TourFilter filter, int page, int size) {
        return mongoCollection().find(visible(filter))
                .sort(Sorts.ascending("start", "_id"))
                .skip(page * size)
                .limit(size)
                .into(new ArrayList<>());
    }

    public long countVisible(TourFilter filter) {
        return mongoCollection().countDocuments(visible(filter));
    }

    /**
     * Clears the contact and notes of every tour of an erased lead (by lead id or one of its conversations); the tours
     * stay for counts. Returns how many tours still held them: none when the same erasure comes again.
     */
    public long anonymizeLead(String leadId, List<String> sessionIds, String erasureId, Instant at) {
        Bson ofLead = sessionIds.isEmpty() ? Filters.eq("leadId", leadId)
                : Filters.or(Filters.eq("leadId", leadId), Filters.in("sessionId", sessionIds));
        return mongoCollection().updateMany(Filters.and(ofLead, Filters.ne("erasureId", erasureId)),
                Updates.combine(Updates.unset("lead.name"), Updates.unset("lead.email"), Updates.unset("lead.phone"),
                        Updates.unset("notes"), Updates.set("erasureId", erasureId), Updates.set("updatedAt", at)))
                .getModifiedCount();
    }

    private static Bson visible(TourFilter filter) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.ne("status", TourStatus.PENDING)));
        if (filter.email() != null) {
            filters.add(Filters.eq("lead.email", filter.email()));
        }
        if (filter.propertyId() != null) {
            filters.add(Filters.eq("propertyId", filter.propertyId()));
        }
        if (filter.leadId() != null) {
            filters.add(Filters.eq("leadId", filter.leadId()));
        }
        if (filter.from() != null) {
            filters.add(Filters.gte("start", filter.from()));
        }
        if (filter.to() != null) {
            filters.add(Filters.lt("start", filter.to()));
        }
        return Filters.and(filters);
    }

    /**
     * Unsetting the key takes the tour out of the unique sparse index, so the key can book a new tour; the
     * released key stays on the document for support.
     */
    private static List<Bson> keyRelease(Tour changed) {
        if (changed.releasedIdempotencyKey == null || changed.idempotencyKey != null) {
            return List.of();
        }
        return List.of(Updates.unset("idempotencyKey"), Updates.set("releasedIdempotencyKey", changed.releasedIdempotencyKey));
    }

    private static Bson activeAtSequence(String tourId, int expectedSequence) {
        return Filters.and(Filters.eq("_id", tourId), Filters.eq("sequence", expectedSequence),
                Filters.in("status", TourStatus.ACTIVE));
    }

    private boolean update(Bson filter, Bson... updates) {
        return mongoCollection().updateOne(filter, Updates.combine(updates)).getModifiedCount() == 1;
    }
}
