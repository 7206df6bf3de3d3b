package com.leadtolease.agent.domain;

import java.time.Instant;

/** The prospect's tour as booking-service confirmed it. */
public class BookedTour {
    public String tourId;
    public String propertyId;
    public String propertyName;
    public String slotId;
    public Instant start;
    public String zone;
    public String label;
}
