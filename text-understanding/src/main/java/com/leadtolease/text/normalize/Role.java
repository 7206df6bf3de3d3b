package com.leadtolease.text.normalize;

import java.util.Locale;

/** Who wrote a message. {@link #wireName()} is the value stored and sent ("agent" or "lead"). */
public enum Role {
    AGENT,
    LEAD;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
