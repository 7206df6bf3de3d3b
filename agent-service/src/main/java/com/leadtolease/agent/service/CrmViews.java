package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.agent.domain.ChatMemoryDocument;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.domain.LeadThread;
import com.leadtolease.agent.domain.StoredMessage;
import com.leadtolease.agent.domain.Turn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the CRM read API returns (GET /api/leads, /api/leads/{id}, its conversation and its data export). */
public final class CrmViews {

    private CrmViews() {
    }

    /**
     * A lead for a CRM. {@code name}, {@code email} and {@code phone} are null unless the caller holds
     * {@code leads:read-pii} ({@code piiRedacted} says which). {@code version} grows with every change and is the ETag.
     */
    public record LeadProfile(String id, String name, String email, String phone, boolean piiRedacted,
                              Integer budget, LocalDate moveDate, Integer bedrooms, List<String> pets,
                              List<String> areas, List<String> preferences, String stage, boolean consentToContact,
                              String source, List<String> sessionIds, Instant lastActivityAt, long version,
                              Instant createdAt, Instant updatedAt) {

        static LeadProfile of(Lead lead, Instant lastActivityAt, boolean pii) {
            return new LeadProfile(lead.id, pii ? lead.name : null, pii ? lead.email : null, pii ? lead.phone : null,
                    !pii, lead.budget, lead.moveDate, lead.bedrooms, lead.pets, lead.areas, lead.preferences,
                    lead.stage, lead.consentToContact, lead.source, lead.sessionIds, lastActivityAt, lead.revision,
                    lead.createdAt, lead.updatedAt);
        }
    }

    /** @param nextCursor pass it as {@code cursor} for the next page; null on the last page */
    public record LeadPage(List<LeadProfile> leads, String nextCursor, int limit) {
    }

    /** @param piiRedacted true when emails, phones, addresses and names in the text are replaced by placeholders */
    public record Conversation(String leadId, boolean piiRedacted, List<Session> sessions) {
    }

    public record Session(String sessionId, String channel, String status, String stage, Instant startedAt,
                          Instant lastActivityAt, List<Line> messages) {
    }

    /**
     * @param role       lead, agent or operator (a member of the leasing team replying in the chat)
     * @param senderName the staff member's name for an operator reply, else null
     */
    public record Line(int turnIndex, String role, String senderName, String text, Instant at) {
    }

    /**
     * Everything agent-service keeps about a person, for a data export (GET /api/leads/{id}/data): turns carry the
     * replies as published on chat.outbound.
     */
    public record LeadExport(Instant exportedAt, LeadRecord lead, List<ConversationSession> sessions,
                             List<StoredMessage> messages, List<LeadThread> threads, List<Turn> turns,
                             List<ChatMemoryDocument> chatMemory, List<AuditEntry> auditEntries) {
    }

    /** The lead as stored, without the relay's bookkeeping. */
    public record LeadRecord(String id, String name, String email, String phone, Integer budget, LocalDate moveDate,
                             Integer bedrooms, List<String> pets, List<String> areas, List<String> preferences,
                             String stage, boolean consentToContact, String source, List<String> sessionIds,
                             long version, Instant createdAt, Instant updatedAt) {

        static LeadRecord of(Lead lead) {
            return new LeadRecord(lead.id, lead.name, lead.email, lead.phone, lead.budget, lead.moveDate,
                    lead.bedrooms, lead.pets, lead.areas, lead.preferences, lead.stage, lead.consentToContact,
                    lead.source, lead.sessionIds, lead.revision, lead.createdAt, lead.updatedAt);
        }
    }

    /** @param erasureId the same for every repetition of one lead's erasure */
    public record ErasureReceipt(String erasureId, String leadId) {
    }
}
