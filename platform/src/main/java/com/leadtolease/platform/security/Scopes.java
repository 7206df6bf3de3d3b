package com.leadtolease.platform.security;

import java.util.Set;

/** The scopes a token can carry (DESIGN.md "Public HTTP API"); smallrye-jwt sees them as the token's groups. */
public final class Scopes {

    public static final String LEADS_READ = "leads:read";
    public static final String LEADS_WRITE = "leads:write";
    /** A lead's name, email and phone, and unredacted conversation text, in the CRM read API; and data exports. */
    public static final String LEADS_READ_PII = "leads:read-pii";
    /** Erasing a person's data across the suite. */
    public static final String LEADS_ERASE = "leads:erase";
    public static final String AGENT_CONVERSE = "agent:converse";
    public static final String BOOKINGS_READ = "bookings:read";
    public static final String BOOKINGS_WRITE = "bookings:write";
    public static final String TRAINING_READ = "training:read";
    public static final String TRAINING_WRITE = "training:write";
    /** Leasing staff in the operator console. */
    public static final String CONSOLE = "console";
    /** Switching what the whole suite uses, such as the active embedding version. */
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(LEADS_READ, LEADS_WRITE, LEADS_READ_PII, LEADS_ERASE, AGENT_CONVERSE, BOOKINGS_READ,
            BOOKINGS_WRITE, TRAINING_READ, TRAINING_WRITE, CONSOLE, ADMIN);

    private Scopes() {
    }
}
