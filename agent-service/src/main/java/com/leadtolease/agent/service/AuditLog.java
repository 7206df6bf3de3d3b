package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.agent.repository.AuditRepository;
import com.leadtolease.agent.repository.LeadRepository;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The append-only audit log ({@code audit_log}): entries are only ever inserted — once per event, so a redelivery adds
 * nothing — and read newest first. The one change allowed is an erasure blanking the summaries of the lead's entries.
 */
@ApplicationScoped
public class AuditLog {

    public static final int SUMMARY_CHARS = 200;
    public static final String ERASED = "[erased]";

    private final AuditRepository entries;
    private final LeadRepository leads;
    private final LeadFootprint footprint;

    AuditLog(AuditRepository entries, LeadRepository leads, LeadFootprint footprint) {
        this.entries = entries;
        this.leads = leads;
        this.footprint = footprint;
    }

    /** The entry id of an event's entry: the same event never makes two. */
    public static String idOf(String eventId) {
        return "event-" + eventId;
    }

    /** @return false when the event's entry was there already */
    public boolean append(AuditEntry entry) {
        try {
            entries.mongoCollection().insertOne(entry);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** A lead was erased: its entries stay, their free-text summaries go (also those that arrived after the eraser). */
    public void eraseSummaries(String leadId, Collection<String> sessionIds) {
        entries.mongoCollection().updateMany(Filters.or(Filters.eq("leadId", leadId),
                Filters.in("sessionId", sessionIds == null ? List.of() : sessionIds)),
                Updates.set("summary", ERASED));
    }

    /**
     * @param leadId also matches the entries of the lead's conversations that name only the session
     * @param from   inclusive; {@code to} exclusive
     */
    public AuditViews.Page page(String leadId, String sessionId, String type, Instant from, Instant to, String cursor,
                                int limit) {
        List<Bson> where = new ArrayList<>();
        if (leadId != null) {
            where.add(ofLead(leadId));
        }
        if (sessionId != null) {
            where.add(Filters.eq("sessionId", sessionId));
        }
        if (type != null) {
            where.add(Filters.eq("kind", type));
        }
        if (from != null) {
            where.add(Filters.gte("at", from));
        }
        if (to != null) {
            where.add(Filters.lt("at", to));
        }
        if (cursor != null) {
            LeadCursor after = LeadCursor.decode(cursor);
            where.add(Filters.or(Filters.lt("at", after.updatedAt()),
                    Filters.and(Filters.eq("at", after.updatedAt()), Filters.lt("_id", after.id()))));
        }
        List<AuditEntry> found = entries.mongoCollection()
                .find(where.isEmpty() ? Filters.empty() : Filters.and(where))
                .sort(Sorts.descending("at", "_id")).limit(limit + 1).into(new ArrayList<>());
        String next = null;
        if (found.size() > limit) {
            found = found.subList(0, limit);
            AuditEntry last = found.get(limit - 1);
            next = new LeadCursor(last.at, last.id).encode();
        }
        return new AuditViews.Page(found.stream().map(AuditViews.Entry::of).toList(), next);
    }

    private Bson ofLead(String leadId) {
        List<String> sessionIds = leads.findByIdOptional(leadId).map(lead -> footprint.of(lead).sessionIds())
                .orElse(List.of());
        return sessionIds.isEmpty() ? Filters.eq("leadId", leadId)
                : Filters.or(Filters.eq("leadId", leadId), Filters.in("sessionId", sessionIds));
    }
}
