package com.leadtolease.gateway.service;

import com.leadtolease.contracts.chat.ChatInboundData;
import com.leadtolease.gateway.config.ChatConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;

/**
 * A synchronous conversation turn over Kafka: publish on chat.inbound, then wait, without holding a thread, for the
 * answer with the same message id on chat.outbound, at most the turn timeout.
 */
@ApplicationScoped
public class AgentTurns {

    /** The message never reached Kafka, so nothing will answer it. */
    public static class NotPublished extends RuntimeException {
        NotPublished(Throwable cause) {
            super("chat.inbound publish failed: " + cause, cause);
        }
    }

    private final ChatInbound publisher;
    private final PendingTurns pending;
    private final ChatConfig config;

    AgentTurns(ChatInbound publisher, PendingTurns pending, ChatConfig config) {
        this.publisher = publisher;
        this.pending = pending;
        this.config = config;
    }

    /** Fails with {@link NotPublished}, or with Mutiny's TimeoutException after the turn timeout. */
    public Uni<TurnOutcome> send(ChatInboundData data) {
        CompletableFuture<TurnOutcome> answer = pending.expect(data.messageId());
        return publisher.publish(data)
                .onFailure().transform(NotPublished::new)
                .chain(() -> Uni.createFrom().completionStage(answer))
                .ifNoItem().after(config.turnTimeout()).fail()
                .onTermination().invoke(() -> pending.forget(data.messageId()));
    }
}
