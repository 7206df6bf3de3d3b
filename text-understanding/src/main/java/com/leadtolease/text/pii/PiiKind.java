package com.leadtolease.text.pii;

import java.util.Locale;

/** A kind of personal data found in message text, with the placeholder that replaces it in clean text. */
public enum PiiKind {
    EMAIL("[EMAIL]"),
    PHONE("[PHONE]"),
    ADDRESS("[ADDRESS]");

    private final String placeholder;

    PiiKind(String placeholder) {
        this.placeholder = placeholder;
    }

    public String placeholder() {
        return placeholder;
    }

    /** The key used in stored hash maps: "email", "phone", "address". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The canonical form that is hashed, so the same person's data hashes the same however it was written: emails
     * lower-cased, phones as ten digits (US country code dropped), addresses lower-cased without punctuation.
     */
    public String canonicalize(String value) {
        return switch (this) {
            case EMAIL -> value.strip().toLowerCase(Locale.ROOT);
            case PHONE -> {
                String digits = value.replaceAll("\\D", "");
                yield digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
            }
            case ADDRESS -> value.toLowerCase(Locale.ROOT).replaceAll("[.,]", " ").replaceAll("\\s+", " ").strip();
        };
    }
}
