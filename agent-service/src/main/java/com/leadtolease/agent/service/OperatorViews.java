package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.BookedTour;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.LeadFacts;
import com.leadtolease.agent.domain.StoredMessage;

import java.time.Instant;
import java.util.List;

/** What the operator API returns. */
public final class OperatorViews {

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
     * A conversation for staff: what the prospect told us (contact details included, so staff can call back) and
     * every message as stored, emails, phones and street addresses replaced by placeholders.
     */
    public record Transcript(String sessionId, String status, String stage, boolean handedOff, String reason,
                             String operator, LeadFacts lead, BookedTour tour, List<Line> messages) {
        static Transcript of(ConversationSession session, List<StoredMessage> stored) {
            return new Transcript(session.id, session.status, session.stage, session.handedOff,
                    session.handoffReason, session.operator, session.facts, session.tour,
                    stored.stream().map(Line::of).toList());
        }
    }

    /** @param role lead or agent (the agent's and staff replies alike; a staff reply names its author) */
    public record Line(int turnIndex, String role, String text, Instant at) {
        static Line of(StoredMessage message) {
            return new Line(message.turnIndex, message.role, message.cleanText, message.timestamp);
        }
    }

    /** @param eventId the chat.outbound event's id, which keys the reply in the prospect's chat */
    public record Sent(String sessionId, String eventId, String reply) {
    }
}
