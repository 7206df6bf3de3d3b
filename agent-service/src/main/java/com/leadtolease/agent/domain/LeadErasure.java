package com.leadtolease.agent.domain;

import java.time.Instant;

/** Who asked for a lead's data to be erased, and when: no personal data, only the requester's token subject. */
public class LeadErasure {
    public String erasureId;
    public String requestedBy;
    public Instant erasedAt;

    public static LeadErasure of(String erasureId, String requestedBy, Instant erasedAt) {
        LeadErasure erasure = new LeadErasure();
        erasure.erasureId = erasureId;
        erasure.requestedBy = requestedBy;
        erasure.erasedAt = erasedAt;
        return erasure;
    }
}
