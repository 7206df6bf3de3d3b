package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.StoredMessage;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class MessageRepository implements PanacheMongoRepositoryBase<StoredMessage, String> {

    /**
     * Inserts messages that are new by construction (the next turn indexes of a session, reserved by its optimistic
     * save): one insert, no look-up per message. One already there is left as it is.
     */
    public void insertNew(List<StoredMessage> messages) {
        try {
            mongoCollection().insertMany(messages, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    public List<StoredMessage> ofThread(String threadId) {
        return list("threadId", Sort.ascending("turnIndex"), threadId);
    }
}
