package com.leadtolease.text.stage;

import java.util.Arrays;
import java.util.Locale;

/** Where a leasing conversation is, in the order a prospect moves through them. */
public enum Stage {
    QUALIFYING,
    SENDING_LIST,
    SELECTING_FAVORITES,
    TOURING,
    APPLYING,
    APPROVAL,
    POST_CLOSE,
    RENEWAL;

    /** The stored and sent name, e.g. "sending_list". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stage fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(stage -> stage.wireName().equals(wireName.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown stage: " + wireName));
    }
}
