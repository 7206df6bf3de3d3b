package com.leadtolease.deploy;

/**
 * One environment key a service reads: {@code ${KEY}} (required) or {@code ${KEY:default}} in its
 * application.properties, outside the %dev and %test profiles.
 */
record EnvRead(String key, boolean hasDefault, String defaultValue) {

    /** A default that only works on a developer's machine. */
    boolean defaultsToLocalhost() {
        return hasDefault && (defaultValue.contains("127.0.0.1") || defaultValue.contains("localhost"));
    }

    EnvRead merge(EnvRead other) {
        // Read without a default anywhere = required.
        return hasDefault && other.hasDefault ? this : (hasDefault ? other : this);
    }
}
