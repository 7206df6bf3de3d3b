package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.StoredMessage;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class MessageRepository implements PanacheMongoRepositoryBase<StoredMessage, String> {

    public List<StoredMessage> ofThread(String threadId) {
        return list("threadId", Sort.ascending("turnIndex"), threadId);
    }
}
