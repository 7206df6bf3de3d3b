package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.repository.ThreadRepository;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Where a lead's data lives besides the lead: its chat sessions (linked either way) and its thread records. */
@ApplicationScoped
public class LeadFootprint {

    private final SessionRepository sessions;
    private final ThreadRepository threads;

    LeadFootprint(SessionRepository sessions, ThreadRepository threads) {
        this.sessions = sessions;
        this.threads = threads;
    }

    /** @param sessionIds chat sessions; {@code messageThreads} adds the thread records (both key messages) */
    public record Footprint(List<String> sessionIds, List<String> threadIds) {

        public List<String> messageThreads() {
            Set<String> all = new LinkedHashSet<>(sessionIds);
            all.addAll(threadIds);
            return new ArrayList<>(all);
        }
    }

    public Footprint of(Lead lead) {
        Set<String> sessionIds = new LinkedHashSet<>(lead.sessionIds);
        sessions.mongoCollection().withDocumentClass(org.bson.Document.class)
                .find(Filters.eq("leadId", lead.id)).projection(Projections.include("_id"))
                .forEach(document -> sessionIds.add(document.getString("_id")));
        List<String> threadIds = new ArrayList<>();
        threads.mongoCollection().withDocumentClass(org.bson.Document.class)
                .find(Filters.eq("leadId", lead.id)).projection(Projections.include("_id"))
                .forEach(document -> threadIds.add(document.getString("_id")));
        return new Footprint(new ArrayList<>(sessionIds), threadIds);
    }
}
