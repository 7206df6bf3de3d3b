package com.leadtolease.platform.outbox;

import java.util.concurrent.CompletionStage;

/** Sends one event to its topic; the stage completes when the broker acknowledged it. */
@FunctionalInterface
public interface EventSender {
    CompletionStage<Void> send(OutboxEvent event);
}
