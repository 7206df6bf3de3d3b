package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.agent.domain.BookedTour;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.LeadFacts;
import com.leadtolease.agent.domain.StoredMessage;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the operator API returns. */
public final class OperatorViews {

    /** What the console shows beside the messages: guardrail hits, tool calls, hand-offs and staff actions. */
    private static final Set<String> SHOWN_AUDIT = Set.of(AuditEntry.GUARDRAIL, AuditEntry.TOOL_CALL,
            AuditEntry.HANDOFF, AuditEntry.LLM_FALLBACK, AuditEntry.OPERATOR);

    private OperatorViews() {
    }

    /** An open conversation waiting for, or held by, a person. */
    public record Handoff(String sessionId, String name, String stage, Instant handedOffAt, String reason,
                          String operator, Instant lastActivityAt) {
        static Handoff of(ConversationSession session) {
            return new Handoff(session.id, session.facts.name, session.stage, session.handedOffAt,
                    session.handoffReason, session.operator, session.lastActivityAt);
        }
    }

    /**
     * A row of the console's inbox. Only the first name: the row is a pointer, the transcript has the rest.
     *
     * @param needsPerson  handed off (asked for a person, misunderstandings, a guardrail, staff joined)
     * @param waitingSince the hand-off, or for the agent's own conversations the last message
     * @param heldByStaff  the agent is paused (taken over or a staff reply) until the release or the hold ends
     */
    public record InboxItem(String sessionId, String firstName, String stage, String property, Instant lastMessageAt,
                            boolean needsPerson, Instant waitingSince, String reason, String operator,
                            boolean heldByStaff) {
        static InboxItem of(ConversationSession session, Instant now) {
            return new InboxItem(session.id, HandoffSummary.firstName(session.facts.name), session.stage,
                    HandoffSummary.property(session), session.lastActivityAt, session.handedOff,
                    session.handedOff && session.handedOffAt != null ? session.handedOffAt : session.lastActivityAt,
                    session.handedOff ? session.handoffReason : null, session.operator, session.heldByStaff(now));
        }
    }

    /**
     * A conversation for staff: what the prospect told us (contact details included, so staff can call back), a
     * one-line summary so staff never ask again, every message as stored (emails, phones and street addresses
     * replaced by placeholders) and what the agent did beside them (guardrail hits with their rule, tool calls).
     */
    public record Transcript(String sessionId, String status, String stage, boolean handedOff, String reason,
                             String operator, boolean heldByStaff, String summary, LeadFacts lead, BookedTour tour,
                             List<Line> messages, List<Activity> activity) {
        static Transcript of(ConversationSession session, List<StoredMessage> stored, List<AuditEntry> audited,
                             Instant now) {
            return new Transcript(session.id, session.status, session.stage, session.handedOff,
                    session.handoffReason, session.operator, session.heldByStaff(now), HandoffSummary.of(session),
                    session.facts, session.tour, stored.stream().map(Line::of).toList(),
                    audited.stream().filter(e -> SHOWN_AUDIT.contains(e.kind)).map(Activity::of).toList());
        }
    }

    /** @param role lead or agent (the agent's and staff replies alike; a staff reply names its author) */
    public record Line(int turnIndex, String role, String text, Instant at) {
        static Line of(StoredMessage message) {
            return new Line(message.turnIndex, message.role, message.cleanText, message.timestamp);
        }
    }

    /** An audited step of the conversation, e.g. kind guardrail, name fair_housing, detail "rule=…". */
    public record Activity(String kind, String name, String detail, String outcome, Instant at) {
        static Activity of(AuditEntry entry) {
            return new Activity(entry.kind, entry.name, entry.detail, entry.outcome, entry.at);
        }
    }

    /** @param eventId the chat.outbound event's id, which keys the reply in the prospect's chat */
    public record Sent(String sessionId, String eventId, String reply) {
    }
}
