package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.domain.LeadErasure;
import com.leadtolease.agent.repository.AuditRepository;
import com.leadtolease.agent.repository.AuditTrail;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.agent.repository.MessageRepository;
import com.leadtolease.agent.repository.MongoChatMemoryStore;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.repository.ThreadRepository;
import com.leadtolease.agent.repository.TurnRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.lead.LeadErasedData;
import com.leadtolease.contracts.problem.ProblemException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Erases a person's data on request. The lead becomes a tombstone without personal data, carrying LEAD_ERASED in its
 * outbox in the same write (the deletion marker); then its sessions, messages, turns, chat memory and thread records
 * are deleted and its audit entries lose their summaries (the entries stay: the audit log is append-only). Repeating it finds the tombstone, deletes whatever is left and publishes nothing again.
 */
@ApplicationScoped
public class LeadEraser {

    private static final int ATTEMPTS = 5;

    private final LeadRepository leads;
    private final LeadFootprint footprint;
    private final SessionRepository sessions;
    private final MessageRepository messages;
    private final TurnRepository turns;
    private final ThreadRepository threads;
    private final MongoChatMemoryStore chatMemory;
    private final AuditRepository auditEntries;
    private final AuditTrail audit;
    private final OutboxEvents events;
    private final OutboxPublisher outbox;
    private final Clock clock;

    LeadEraser(LeadRepository leads, LeadFootprint footprint, SessionRepository sessions, MessageRepository messages,
               TurnRepository turns, ThreadRepository threads, MongoChatMemoryStore chatMemory,
               AuditRepository auditEntries, AuditTrail audit, OutboxEvents events, OutboxPublisher outbox,
               Clock clock) {
        this.leads = leads;
        this.footprint = footprint;
        this.sessions = sessions;
        this.messages = messages;
        this.turns = turns;
        this.threads = threads;
        this.chatMemory = chatMemory;
        this.auditEntries = auditEntries;
        this.audit = audit;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param requestedBy the caller's token subject (client:… or operator:…), never a person's contact */
    public CrmViews.ErasureReceipt erase(String leadId, String requestedBy) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Lead lead = leads.findByIdOptional(leadId)
                    .orElseThrow(() -> ProblemException.notFound("No lead " + leadId));
            LeadFootprint.Footprint where = footprint.of(lead);
            if (!lead.erased()) {
                markErased(lead, where, requestedBy);
                if (!leads.saveIfUnchanged(lead)) {
                    continue;
                }
                outbox.publish(lead);
            }
            purge(lead, where);
            audit.erasure(lead.id, lead.erasure.erasureId, lead.erasure.requestedBy);
            return new CrmViews.ErasureReceipt(lead.erasure.erasureId, lead.id);
        }
        throw new IllegalStateException("Lead " + leadId + " kept changing while it was being erased");
    }

    private void markErased(Lead lead, LeadFootprint.Footprint where, String requestedBy) {
        Instant now = clock.instant();
        LeadErasure erasure = LeadErasure.of(UUID.randomUUID().toString(), requestedBy, now);
        lead.name = null;
        lead.email = null;
        lead.phone = null;
        lead.phoneKey = null;
        lead.budget = null;
        lead.moveDate = null;
        lead.bedrooms = null;
        lead.pets = null;
        lead.areas = new ArrayList<>();
        lead.preferences = new ArrayList<>();
        lead.consentToContact = false;
        // Session ids are random and no personal data; the tombstone keeps them so a repeat finds what is left.
        lead.sessionIds = new ArrayList<>(where.sessionIds());
        lead.erasure = erasure;
        lead.updatedAt = now;
        lead.revision++;
        // Events not yet published carry the person's contact: they are dropped with the rest of the data.
        lead.outbox = new ArrayList<>(List.of(events.entry(Topics.LEADS_EVENTS, EventTypes.LEAD_ERASED, lead.id, now,
                new LeadErasedData(erasure.erasureId, lead.id, List.copyOf(where.sessionIds()), requestedBy, now))));
    }

    private void purge(Lead lead, LeadFootprint.Footprint where) {
        List<String> sessionIds = where.sessionIds();
        messages.mongoCollection().deleteMany(Filters.in("threadId", where.messageThreads()));
        turns.mongoCollection().deleteMany(Filters.in("sessionId", sessionIds));
        chatMemory.mongoCollection().deleteMany(Filters.in("_id", sessionIds));
        // The audit log is append-only: the lead's entries stay, their summaries (redacted, yet free text) go.
        auditEntries.mongoCollection().updateMany(Filters.or(Filters.in("sessionId", sessionIds),
                Filters.eq("leadId", lead.id)), Updates.set("summary", AuditLog.ERASED));
        threads.mongoCollection().deleteMany(Filters.eq("leadId", lead.id));
        sessions.mongoCollection().deleteMany(Filters.or(Filters.in("_id", sessionIds),
                Filters.eq("leadId", lead.id)));
    }
}
