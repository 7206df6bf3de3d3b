package com.leadtolease.booking.repository;

import com.leadtolease.booking.domain.SlotClaim;
import com.leadtolease.booking.domain.TourSlot;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class SlotRepository implements PanacheMongoRepositoryBase<TourSlot, String> {

    /** Inserts the slots that do not exist yet; existing ones (free or taken) are left exactly as they are. */
    public int insertMissing(List<TourSlot> slots) {
        if (slots.isEmpty()) {
            return 0;
        }
        List<UpdateOneModel<TourSlot>> upserts = slots.stream()
                .map(slot -> new UpdateOneModel<TourSlot>(Filters.eq("_id", slot.id), Updates.combine(
                        Updates.setOnInsert("propertyId", slot.propertyId),
                        Updates.setOnInsert("start", slot.start),
                        Updates.setOnInsert("end", slot.end),
                        Updates.setOnInsert("capacity", slot.capacity),
                        Updates.setOnInsert("remaining", slot.remaining),
                        Updates.setOnInsert("claims", List.of())), new UpdateOptions().upsert(true)))
                .toList();
        return mongoCollection().bulkWrite(upserts, new BulkWriteOptions().ordered(false)).getUpserts().size();
    }

    /** Takes one place for the tour if one is left and the tour holds none yet: the single atomic booking step. */
    public boolean claim(String slotId, String tourId, Instant at) {
        return mongoCollection().updateOne(
                Filters.and(Filters.eq("_id", slotId), Filters.gt("remaining", 0), Filters.ne("claims.tourId", tourId)),
                Updates.combine(Updates.inc("remaining", -1), Updates.push("claims", SlotClaim.of(tourId, at))))
                .getModifiedCount() == 1;
    }

    /** Gives the tour's place back; does nothing when the tour holds none, so it is safe to repeat. */
    public boolean release(String slotId, String tourId) {
        return mongoCollection().updateOne(
                Filters.and(Filters.eq("_id", slotId), Filters.eq("claims.tourId", tourId)),
                Updates.combine(Updates.inc("remaining", 1), Updates.pull("claims", new Document("tourId", tourId))))
                .getModifiedCount() == 1;
    }

    public boolean isClaimedBy(String slotId, String tourId) {
        return mongoCollection().countDocuments(
                Filters.and(Filters.eq("_id", slotId), Filters.eq("claims.tourId", tourId))) > 0;
    }

    /**
     * Free slots of a property starting after {@code now} on the given local days (any day when empty), earliest
     * first, without {@code excludedSlotId}. The days are narrowed through the slot ids (see {@link TourSlot#idsOn}),
     * so no query scans every slot.
     */
    public List<TourSlot> findFree(String propertyId, Collection<LocalDate> days, Instant now, String excludedSlotId,
                                   int limit) {
        return mongoCollection().find(Filters.and(
                        Filters.eq("_id", TourSlot.idsOn(propertyId, days)),
                        Filters.gt("start", now),
                        Filters.gt("remaining", 0)))
                .sort(Sorts.ascending("start", "_id"))
                .limit(limit == Integer.MAX_VALUE ? 0 : limit + 1)
                .into(new ArrayList<TourSlot>()).stream()
                .filter(slot -> !slot.id.equals(excludedSlotId))
                .limit(limit)
                .toList();
    }

    public List<TourSlot> findWithClaimsOlderThan(Instant cutoff) {
        return mongoCollection().find(Filters.lt("claims.at", cutoff)).into(new ArrayList<>());
    }
}
