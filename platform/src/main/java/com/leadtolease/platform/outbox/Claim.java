package com.leadtolease.platform.outbox;

import java.util.List;

/**
 * Documents one relay holds for a while (a lease), so two relays do not publish the same events at once. When the
 * lease runs out (the relay stopped), another relay may claim them again.
 */
public record Claim(String token, List<PendingDocument> documents) {

    public static final Claim NOTHING = new Claim("", List.of());

    public boolean isEmpty() {
        return documents.isEmpty();
    }
}
