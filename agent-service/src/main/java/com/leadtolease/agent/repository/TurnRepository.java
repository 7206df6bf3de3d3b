package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.Turn;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TurnRepository implements PanacheMongoRepositoryBase<Turn, String> {

    public boolean exists(String id) {
        return mongoCollection().find(Filters.eq("_id", id)).projection(Projections.include("_id")).first() != null;
    }

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
