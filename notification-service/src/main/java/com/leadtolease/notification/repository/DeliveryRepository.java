package com.leadtolease.notification.repository;

import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.domain.DeliveryStatus;
import com.leadtolease.platform.outbox.OutboxEvent;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code deliveries} collection. Every change is one single-document atomic update whose filter checks the
 * state it expects, so concurrent replicas never both act on the same delivery (no transactions needed).
 */
@ApplicationScoped
public class DeliveryRepository implements PanacheMongoRepositoryBase<Delivery, String> {

    private static final FindOneAndUpdateOptions RETURN_UPDATED = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER);

    /** What erased personal data reads as. */
    public static final String ERASED = "[erased on request]";

    /** Runs before the scheduler starts (priority 0), so no job races the index builds. */
    void createIndexes(@Observes @Priority(-10) StartupEvent startup) {
        mongoCollection().createIndex(Indexes.ascending("status", "nextAttemptAt"), new IndexOptions().name("due"));
        mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("tourId"), Indexes.descending("createdAt")),
                new IndexOptions().name("by_tour"));
        mongoCollection().createIndex(Indexes.ascending("sourceEventId"), new IndexOptions().name("by_event"));
        mongoCollection().createIndex(Indexes.ascending("leadId"), new IndexOptions().name("by_lead").sparse(true));
        mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("sessionId"), Indexes.descending("createdAt")),
                new IndexOptions().name("by_session").sparse(true));
    }

    /** Inserts the delivery unless one with its id exists; true when this call created it. */
    public boolean insertIfAbsent(Delivery delivery) {
        try {
            mongoCollection().insertOne(delivery);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Claims the pending delivery that has been due longest: counts the attempt, notes the first attempt's time and
     * pushes its next due time past the claim timeout, so nobody else attempts it meanwhile (and it is retried if
     * this replica dies).
     */
    public Optional<Delivery> claimNextDue(Instant now, Instant claimedUntil) {
        Bson due = Filters.and(Filters.eq("status", DeliveryStatus.PENDING.value()), Filters.lte("nextAttemptAt", now));
        // $min sets a missing field, so only the first claim writes firstAttemptAt.
        Bson claim = Updates.combine(Updates.inc("attempts", 1), Updates.min("firstAttemptAt", now),
                Updates.set("nextAttemptAt", claimedUntil), Updates.set("updatedAt", now));
        return Optional.ofNullable(mongoCollection().findOneAndUpdate(due, claim,
                new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt")).returnDocument(ReturnDocument.AFTER)));
    }

    /** Final outcome of the claimed attempt, with its events appended to the outbox in the same update. */
    public boolean complete(Delivery claimed, DeliveryStatus finalStatus, String lastError, Instant now,
                            List<OutboxEvent> events) {
        Bson update = Updates.combine(Updates.set("status", finalStatus.value()), Updates.set("lastError", lastError),
                Updates.set("nextAttemptAt", null), Updates.set("updatedAt", now), Updates.pushEach("outbox", events));
        return mongoCollection().updateOne(stillClaimed(claimed), update).getModifiedCount() == 1;
    }

    /** The claimed attempt failed but another one is allowed at {@code nextAttemptAt}. */
    public boolean scheduleRetry(Delivery claimed, String lastError, Instant nextAttemptAt, Instant now) {
        Bson update = Updates.combine(Updates.set("lastError", lastError), Updates.set("nextAttemptAt", nextAttemptAt),
                Updates.set("updatedAt", now));
        return mongoCollection().updateOne(stillClaimed(claimed), update).getModifiedCount() == 1;
    }

    /** Still pending with the attempt count of our claim: nobody took it over after our claim expired. */
    private static Bson stillClaimed(Delivery claimed) {
        return Filters.and(Filters.eq("_id", claimed.id), Filters.eq("status", DeliveryStatus.PENDING.value()),
                Filters.eq("attempts", claimed.attempts));
    }

    /**
     * Erases a lead's personal data from its deliveries (by lead id or by its conversations): the address, the kept
     * event and any error text (an SMTP reply may quote the address); pending ones are stopped first, as failed.
     *
     * @return how many deliveries were the lead's
     */
    public long eraseLead(String leadId, List<String> sessionIds, Instant now) {
        Bson lead = sessionIds.isEmpty() ? Filters.eq("leadId", leadId)
                : Filters.or(Filters.eq("leadId", leadId), Filters.in("sessionId", sessionIds));
        mongoCollection().updateMany(Filters.and(lead, Filters.eq("status", DeliveryStatus.PENDING.value())),
                Updates.combine(Updates.set("status", DeliveryStatus.FAILED.value()), Updates.set("nextAttemptAt", null),
                        Updates.set("lastError", ERASED), Updates.set("updatedAt", now)));
        mongoCollection().updateMany(Filters.and(lead, Filters.ne("lastError", null)),
                Updates.set("lastError", ERASED));
        return mongoCollection().updateMany(lead, Updates.combine(Updates.set("target", ERASED),
                Updates.set("sourceEvent.data", null), Updates.set("erasedAt", now), Updates.set("updatedAt", now)))
                .getMatchedCount();
    }

    /**
     * An operator asks for a failed delivery to be tried again from scratch, with a new retry window; never one whose
     * lead was erased (it has nothing left to send).
     */
    public Optional<Delivery> resetFailed(String id, Instant now) {
        Bson failed = Filters.and(Filters.eq("_id", id), Filters.eq("status", DeliveryStatus.FAILED.value()),
                Filters.eq("erasedAt", null));
        Bson reset = Updates.combine(Updates.set("status", DeliveryStatus.PENDING.value()), Updates.set("attempts", 0),
                Updates.unset("firstAttemptAt"), Updates.set("nextAttemptAt", now), Updates.set("updatedAt", now));
        return Optional.ofNullable(mongoCollection().findOneAndUpdate(failed, reset, RETURN_UPDATED));
    }

    /** The delivery log, newest first, filtered by whichever criteria are given. */
    public List<Delivery> search(DeliveryQuery query, int pageIndex, int pageSize) {
        return find(toFilter(query), Sorts.descending("createdAt", "_id"))
                .page(Page.of(pageIndex, pageSize)).list();
    }

    public long count(DeliveryQuery query) {
        return count(toFilter(query));
    }

    private static Document toFilter(DeliveryQuery query) {
        Document filter = new Document();
        query.tourId().ifPresent(tourId -> filter.append("tourId", tourId));
        query.sessionId().ifPresent(sessionId -> filter.append("sessionId", sessionId));
        query.status().ifPresent(status -> filter.append("status", status.value()));
        query.channel().ifPresent(channel -> filter.append("channel", channel.value()));
        return filter;
    }
}
