package com.leadtolease.contracts.lead;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code leads.events} type {@code LEAD_ERASED} (key = lead id): a person's data was erased on request.
 * Every service that keeps data about the lead or its conversations deletes or anonymizes it when it reads this.
 *
 * @param erasureId   unique per erasure request
 * @param sessionIds  the lead's conversations (chat-gateway and others key data by session)
 * @param requestedBy the client or operator that asked (an id, not a person's contact)
 */
public record LeadErasedData(String erasureId, String leadId, List<String> sessionIds, String requestedBy,
                             Instant erasedAt) {

    public LeadErasedData {
        if (erasureId == null || leadId == null) {
            throw new IllegalArgumentException("an erasure names its id and its lead");
        }
        sessionIds = sessionIds == null ? List.of() : List.copyOf(sessionIds);
    }
}
