package com.leadtolease.platform.outbox;

import java.util.Collection;
import java.util.Set;

/** The outboxes of one collection, as the relay sees them. */
public interface OutboxStore {

    /** Claims up to {@code limit} documents whose outbox holds events no other relay holds. */
    default Claim claim(int limit) {
        return claim(limit, Set.of());
    }

    /** The same, passing over {@code skippedDocumentIds} (held back earlier in the same round). */
    Claim claim(int limit, Set<String> skippedDocumentIds);

    /** Pulls the published events from the claimed documents and releases the claim. */
    void finish(Claim claim, Set<String> publishedEventIds);

    /** Pulls published events from documents that were handed over, not claimed. */
    void removePublished(Collection<String> documentIds, Collection<String> eventIds);

    /** Counts a send that failed for a reason that may pass; the event stays. */
    void recordFailedAttempt(String documentId, String eventId);

    /** Moves an event that can never be sent (e.g. over the broker's size limit) out of the outbox, with why. */
    void park(String documentId, OutboxEvent event, String reason);
}
