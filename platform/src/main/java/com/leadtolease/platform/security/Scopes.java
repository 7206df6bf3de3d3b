package com.leadtolease.platform.security;

import java.util.Set;

/** The scopes a token can carry (DESIGN.md "Public HTTP API"); smallrye-jwt sees them as the token's groups. */
public final class Scopes {

    public static final String LEADS_READ = "leads:read";
    public static final String LEADS_WRITE = "leads:write";
    public static final String AGENT_CONVERSE = "agent:converse";
    public static final String BOOKINGS_READ = "bookings:read";
    public static final String BOOKINGS_WRITE = "bookings:write";
    public static final String TRAINING_READ = "training:read";
    public static final String TRAINING_WRITE = "training:write";
    /** Leasing staff in the operator console. */
    public static final String CONSOLE = "console";
    /** Switching what the whole suite uses, such as the active embedding version. */
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(LEADS_READ, LEADS_WRITE, AGENT_CONVERSE, BOOKINGS_READ,
            BOOKINGS_WRITE, TRAINING_READ, TRAINING_WRITE, CONSOLE, ADMIN);

    private Scopes() {
    }
}
