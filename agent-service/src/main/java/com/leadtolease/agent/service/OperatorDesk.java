package com.leadtolease.agent.service;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.config.AgentMode;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.llm.LlmConversation;
import com.leadtolease.agent.repository.AuditRepository;
import com.leadtolease.agent.repository.AuditTrail;
import com.leadtolease.agent.repository.MessageRepository;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.chat.AgentReplyData;
import com.leadtolease.contracts.chat.GuardrailData;
import com.leadtolease.contracts.problem.ProblemException;
import dev.langchain4j.data.message.AiMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where leasing staff pick up conversations the agent handed off: the open hand-offs, a conversation's transcript,
 * a staff reply that reaches the prospect's chat like the agent's (a turn with a chat.outbound event,
 * {@code OPERATOR_REPLIED}, through the same outbox), and the release that gives the conversation back to the agent.
 */
@ApplicationScoped
public class OperatorDesk {

    private final SessionRepository sessions;
    private final MessageRepository storedMessages;
    private final TurnLedger ledger;
    private final MessageLog messages;
    private final AuditTrail audit;
    private final AuditRepository auditLog;
    private final OutboxEvents events;
    private final Clock clock;
    private final Duration staffHold;
    private final AgentMode mode;
    private final LlmConversation llm;

    OperatorDesk(SessionRepository sessions, MessageRepository storedMessages, TurnLedger ledger,
                 MessageLog messages, AuditTrail audit, AuditRepository auditLog, OutboxEvents events, Clock clock,
                 AgentConfig config, AgentMode mode, LlmConversation llm) {
        this.sessions = sessions;
        this.storedMessages = storedMessages;
        this.ledger = ledger;
        this.messages = messages;
        this.audit = audit;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.staffHold = config.session().staffHold();
        this.mode = mode;
        this.llm = llm;
    }

    public List<OperatorViews.Handoff> handoffs(int limit) {
        return sessions.findOpenHandedOff(limit).stream().map(OperatorViews.Handoff::of).toList();
    }

    /** The console's inbox: conversations needing a person (latest hand-off first), then the agent's live ones. */
    public List<OperatorViews.InboxItem> live(int limit) {
        Instant now = clock.instant();
        List<ConversationSession> handedOff = sessions.findOpenHandedOff(limit);
        List<ConversationSession> listed = new ArrayList<>(handedOff);
        if (handedOff.size() < limit) {
            listed.addAll(sessions.findOpenNotHandedOff(limit - handedOff.size()));
        }
        return listed.stream().map(session -> OperatorViews.InboxItem.of(session, now)).toList();
    }

    public OperatorViews.Transcript transcript(String sessionId) {
        ConversationSession session = find(sessionId);
        return OperatorViews.Transcript.of(session, storedMessages.ofThread(sessionId), auditLog.ofSession(sessionId),
                clock.instant());
    }

    /**
     * A staff member takes the conversation before writing: the agent leaves the prospect's messages to staff for
     * {@code agent.session.staff-hold} (each staff reply extends it) or until {@link #release}.
     */
    public OperatorViews.InboxItem takeOver(String sessionId, String operator) {
        ConversationSession session = ConversationService.requireOpen(find(sessionId));
        Instant now = clock.instant();
        session.takenOver(operator.strip(), now, now.plus(staffHold));
        saveOrConflict(session, "taking it over");
        audit.operator(session.id, "take-over", operator.strip());
        return OperatorViews.InboxItem.of(session, now);
    }

    /**
     * Shown to the prospect as "{operator} (leasing team): {text}". From then on staff hold the conversation: the agent
     * stays quiet for {@code agent.session.staff-hold} after the last staff reply, or until {@link #release}. A
     * conversation staff join unasked is marked handed off too, so it is listed among the hand-offs.
     *
     * @param idempotencyKey optional: a retry with the same key returns the first reply instead of sending it again
     */
    public OperatorViews.Sent reply(String sessionId, String operator, String text, String idempotencyKey) {
        ConversationSession session = ConversationService.requireOpen(find(sessionId));
        String shown = operator.strip() + " (leasing team): " + text.strip();
        String keyedTurnId = idempotencyKey == null ? null
                : "operator-" + ConversationService.idempotencyKey(sessionId, idempotencyKey);
        Optional<TurnLedger.Answered> sent = keyedTurnId == null ? Optional.empty()
                : ledger.answered(sessionId, keyedTurnId);
        if (sent.isPresent()) {
            return new OperatorViews.Sent(session.id, sent.get().turn().reply.eventId, shown);
        }
        ledger.finishLastTurn(session);
        Instant now = clock.instant();
        int index = session.staffReplied(operator.strip(), now, now.plus(staffHold));
        AgentReplyData data = new AgentReplyData(session.id, null, shown, session.stage, List.of(), List.of(),
                List.of(), new GuardrailData(null, false));
        OutboxEvent event = events.entry(Topics.CHAT_OUTBOUND, EventTypes.OPERATOR_REPLIED, session.id, now,
                data);
        Turn turn = Turn.answering(keyedTurnId != null ? keyedTurnId : "operator-" + event.eventId, session.id,
                session.turnCount, now, event);
        if (!ledger.commit(session, turn, messages.lines(session.id, -1, null, index, shown, session.stage,
                now.atZone(ZoneOffset.UTC).toLocalDate()))) {
            throw conflict("replying");
        }
        audit.operator(session.id, "reply", session.operator);
        if (mode.llm()) {
            llm.remember(session.id, AiMessage.from(shown));
        }
        return new OperatorViews.Sent(session.id, event.eventId, shown);
    }

    /** Gives the conversation back to the agent: it answers the prospect's next message again. */
    public void release(String sessionId, String operator) {
        ConversationSession session = ConversationService.requireOpen(find(sessionId));
        session.released();
        saveOrConflict(session, "releasing it");
        audit.operator(session.id, "release", operator.strip());
    }

    private void saveOrConflict(ConversationSession session, String doing) {
        if (!sessions.saveIfUnchanged(session)) {
            throw conflict(doing);
        }
    }

    private static ProblemException conflict(String doing) {
        return ProblemException.conflict("The conversation changed while you were " + doing + "; read it again "
                + "and try once more.", Map.of());
    }

    private ConversationSession find(String sessionId) {
        return sessions.findByIdOptional(sessionId)
                .orElseThrow(() -> ProblemException.notFound("No conversation with sessionId " + sessionId));
    }
}
