package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.Lead;
import com.mongodb.client.model.Filters;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import com.mongodb.client.model.Sorts;

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

    /**
     * Leads not erased, ordered by (updatedAt, id), after the position {@code (afterUpdatedAt, afterId)} when given.
     *
     * @param stage        only this stage, or null
     * @param updatedSince only leads changed at or after this instant, or null
     */
    public List<Lead> page(String stage, Instant updatedSince, Instant afterUpdatedAt, String afterId, int limit) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.exists("erasure", false),
                Filters.exists("updatedAt", true)));
        if (stage != null) {
            conditions.add(Filters.eq("stage", stage));
        }
        if (updatedSince != null) {
            conditions.add(Filters.gte("updatedAt", updatedSince));
        }
        if (afterUpdatedAt != null) {
            conditions.add(Filters.or(Filters.gt("updatedAt", afterUpdatedAt),
                    Filters.and(Filters.eq("updatedAt", afterUpdatedAt), Filters.gt("_id", afterId))));
        }
        return mongoCollection().find(Filters.and(conditions)).sort(Sorts.ascending("updatedAt", "_id")).limit(limit)
                .into(new ArrayList<>());
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
