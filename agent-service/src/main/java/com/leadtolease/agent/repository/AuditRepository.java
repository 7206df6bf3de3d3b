package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.AuditEntry;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AuditRepository implements PanacheMongoRepositoryBase<AuditEntry, String> {

    public List<AuditEntry> ofSession(String sessionId) {
        return list("sessionId", Sort.ascending("at"), sessionId);
    }
}
