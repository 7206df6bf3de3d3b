package com.leadtolease.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * REST callers waiting on this instance for the answer to a message they published, by message id. The chat.outbound
 * consumer completes them; every instance reads every answer, so the instance holding the caller sees it.
 */
@ApplicationScoped
public class PendingTurns {

    private final Map<String, CompletableFuture<TurnOutcome>> waiting = new ConcurrentHashMap<>();

    /** Registers before the message is published, so an answer that comes back at once is not missed. */
    public CompletableFuture<TurnOutcome> expect(String messageId) {
        return waiting.computeIfAbsent(messageId, id -> new CompletableFuture<>());
    }

    public void forget(String messageId) {
        waiting.remove(messageId);
    }

    public void complete(String messageId, TurnOutcome outcome) {
        if (messageId == null) {
            return;
        }
        CompletableFuture<TurnOutcome> caller = waiting.remove(messageId);
        if (caller != null) {
            caller.complete(outcome);
        }
    }
}
