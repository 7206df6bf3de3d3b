package com.leadtolease.agent.domain;

import java.time.Instant;

/** A free tour slot shown to the prospect, in the order shown. {@code start} in the property's zone is {@code zone}. */
public class OfferedSlot {
    public String slotId;
    public String propertyId;
    public Instant start;
    public String zone;
    public String label;
}
