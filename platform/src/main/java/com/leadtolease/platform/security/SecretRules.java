package com.leadtolease.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a production secret must be: set, not a placeholder copied from an example file, and at least 32 bytes.
 * Services check their secrets at start-up outside the dev and test profiles and refuse to start otherwise.
 */
public final class SecretRules {

    public static final int MIN_BYTES = 32;
    private static final List<String> PLACEHOLDERS = List.of("replace-me", "replace_me", "change-me", "change_me",
            "changeme", "placeholder", "dev-only", "test-only", "example", "your-secret", "xxxxxxxx", "secret-here");

    private SecretRules() {
    }

    /** What is wrong with this secret, or empty when it will do. */
    public static Optional<String> weakness(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("is not set");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        for (String placeholder : PLACEHOLDERS) {
            if (lower.contains(placeholder)) {
                return Optional.of("is a placeholder (contains \"" + placeholder + "\"); set a random value");
            }
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES) {
            return Optional.of("is " + bytes + " bytes long; use at least " + MIN_BYTES
                    + " random bytes (e.g. openssl rand -hex 32)");
        }
        return Optional.empty();
    }

    /**
     * Throws naming every weak secret (by its environment variable, never its value).
     *
     * @param secrets environment variable name → value
     */
    public static void requireStrong(Map<String, String> secrets) {
        List<String> problems = new ArrayList<>();
        secrets.forEach((name, value) -> weakness(value).ifPresent(why -> problems.add(name + " " + why)));
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new IllegalStateException("Refusing to start with weak secrets: " + String.join("; ", problems));
        }
    }
}
