package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.Lead;
import com.mongodb.client.model.Filters;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class LeadRepository implements PanacheMongoRepositoryBase<Lead, String> {

    public Optional<Lead> findByEmailOrPhone(String email, String phoneKey) {
        if (email != null) {
            Optional<Lead> byEmail = find("email", email).firstResultOptional();
            if (byEmail.isPresent()) {
                return byEmail;
            }
        }
        return phoneKey == null ? Optional.empty() : find("phoneKey", phoneKey).firstResultOptional();
    }

    /** Replaces the lead if nobody changed it since it was read (the relay's removals count as changes). */
    public boolean saveIfUnchanged(Lead lead) {
        long expected = lead.version;
        lead.version = expected + 1;
        boolean saved = mongoCollection().replaceOne(
                Filters.and(Filters.eq("_id", lead.id), Filters.eq("version", expected)), lead).getMatchedCount() == 1;
        if (!saved) {
            lead.version = expected;
        }
        return saved;
    }
}
