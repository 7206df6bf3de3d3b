package com.leadtolease.agent.llm;

import com.leadtolease.agent.domain.ConversationSession;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The LLM turns in progress, by session id: how a tool call (given the memory id) finds its session and turn. */
@ApplicationScoped
public class LlmTurns {

    private final Map<String, LlmTurn> open = new ConcurrentHashMap<>();

    public LlmTurn open(ConversationSession session, LocalDate today) {
        LlmTurn turn = new LlmTurn(session, today);
        open.put(session.id, turn);
        return turn;
    }

    public Optional<LlmTurn> find(String sessionId) {
        return Optional.ofNullable(sessionId == null ? null : open.get(sessionId));
    }

    public void close(String sessionId) {
        open.remove(sessionId);
    }
}
