package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.Turn;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;


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
}
