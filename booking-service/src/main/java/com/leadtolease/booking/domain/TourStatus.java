package com.leadtolease.booking.domain;

import java.util.List;
import java.util.Locale;

/**
 * PENDING is internal: the tour document exists but its slot claim is not confirmed yet. It becomes SCHEDULED
 * or disappears (see the reconciler).
 */
public enum TourStatus {
    PENDING, SCHEDULED, RESCHEDULED, CANCELLED, COMPLETED, NO_SHOW;

    /** States in which the tour still holds its slot and can be rescheduled, cancelled or given an outcome. */
    public static final List<TourStatus> ACTIVE = List.of(SCHEDULED, RESCHEDULED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
