package com.leadtolease.agent.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "Thu Nov 26, 3:30 PM CST": a slot as a prospect reads it, in the property's own zone. */
public final class SlotLabels {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a z", Locale.US);

    private SlotLabels() {
    }

    public static String label(Instant start, String zone) {
        return LABEL.format(start.atZone(ZoneId.of(zone)));
    }
}
