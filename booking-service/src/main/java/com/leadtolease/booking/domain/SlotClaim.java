package com.leadtolease.booking.domain;

import java.time.Instant;

/** One tour holding a place in a slot. {@code at} lets the reconciler tell stale claims from in-flight ones. */
public class SlotClaim {
    public String tourId;
    public Instant at;

    public static SlotClaim of(String tourId, Instant at) {
        SlotClaim claim = new SlotClaim();
        claim.tourId = tourId;
        claim.at = at;
        return claim;
    }
}
