package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.Turn;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class TurnRepository implements PanacheMongoRepositoryBase<Turn, String> {

    /** Inserts the turn; false when a turn with this id (the same inbound message) was already recorded. */
    public boolean insertOnce(Turn turn) {
        try {
            mongoCollection().insertOne(turn);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Turns with unpublished events, oldest first, so one session's replies go out in order. */
    public List<Turn> findWithUnpublishedEvents(int limit) {
        return mongoCollection().find(Filters.exists("outbox.0"))
                .sort(Sorts.ascending("createdAt", "sequence"))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /** Removes published events from these turns, in one update however many turns there are. */
    public void removeFromOutbox(List<String> turnIds, List<String> eventIds) {
        mongoCollection().updateMany(Filters.in("_id", turnIds),
                Updates.pull("outbox", Filters.in("eventId", eventIds)));
    }
}
