package com.leadtolease.agent.domain;

import java.util.Arrays;

/** What the agent's last reply asked the prospect for: the question repeated when a message could not be read. */
public enum Awaiting {
    BASICS("basics"),
    MOVE_DATE("move_date"),
    /** The move-in date and pets, asked in one question while both are unknown. */
    MOVE_DATE_AND_PETS("move_date_and_pets"),
    PETS("pets"),
    LISTING("listing"),
    SLOT("slot"),
    CONTACT("contact");

    private final String storedName;

    Awaiting(String storedName) {
        this.storedName = storedName;
    }

    /** The name stored in a session document (see {@link AwaitingCodecProvider}). */
    public String storedName() {
        return storedName;
    }

    public static Awaiting fromStoredName(String name) {
        return Arrays.stream(values()).filter(value -> value.storedName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown awaiting " + name));
    }
}
