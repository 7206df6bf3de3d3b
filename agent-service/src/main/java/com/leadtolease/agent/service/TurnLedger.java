package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.CommittedTurn;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.StoredMessage;
import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.repository.MessageRepository;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.repository.TurnRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Commits a turn in one write: the session's new state together with the turn's reply, events and transcript lines
 * ({@link CommittedTurn}). Copying them out to {@code turns} and {@code messages} afterwards is idempotent, so it is
 * simply done again when a crash interrupted it: by the message coming again, or by the conversation's next turn.
 */
@ApplicationScoped
public class TurnLedger {

    private final SessionRepository sessions;
    private final TurnRepository turns;
    private final MessageRepository messages;
    private final OutboxPublisher outbox;

    TurnLedger(SessionRepository sessions, TurnRepository turns, MessageRepository messages, OutboxPublisher outbox) {
        this.sessions = sessions;
        this.turns = turns;
        this.messages = messages;
        this.outbox = outbox;
    }

    /** A message answered before, with whether its reply has just been published by finishing its turn. */
    public record Answered(Turn turn, boolean replyJustPublished) {
    }

    /** False when another turn of the conversation was saved since it was read: nothing is written then. */
    public boolean commit(ConversationSession session, Turn turn, List<StoredMessage> lines) {
        CommittedTurn previous = session.lastTurn;
        session.turnCommitted(CommittedTurn.of(turn, lines));
        if (!sessions.saveIfUnchanged(session)) {
            session.turnCommitted(previous);
            return false;
        }
        copyOut(session.lastTurn);
        return true;
    }

    /** Before a conversation's next turn replaces it: finishes the last turn if a crash left it committed only. */
    public void finishLastTurn(ConversationSession session) {
        CommittedTurn last = session.lastTurn;
        if (last != null && !turns.exists(last.turn.id)) {
            copyOut(last);
        }
    }

    /** The turn answering this message, if it was answered (committed) before; finished first if need be. */
    public Optional<Answered> answered(String sessionId, String messageId) {
        Optional<Turn> recorded = turns.findByIdOptional(messageId);
        if (recorded.isPresent()) {
            return Optional.of(new Answered(recorded.get(), false));
        }
        return sessions.findByIdOptional(sessionId).map(session -> session.lastTurn)
                .filter(last -> last.answers(messageId))
                .map(last -> new Answered(last.turn, copyOut(last)));
    }

    /** @return true when this call inserted the turn (and so published its events) */
    private boolean copyOut(CommittedTurn committed) {
        if (!committed.messages.isEmpty()) {
            messages.insertNew(committed.messages);
        }
        if (turns.insertOnce(committed.turn)) {
            outbox.publish(committed.turn);
            return true;
        }
        return false;
    }
}
