package com.leadtolease.platform.outbox;

import java.util.List;

/** A document with the events waiting in its outbox, oldest first. */
public record PendingDocument(String id, List<OutboxEvent> events) {
}
