package com.leadtolease.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds emails, US phone numbers and street addresses, replaces them with {@code [EMAIL]}, {@code [PHONE]} and
 * {@code [ADDRESS]}, and hashes each one's canonical form with the deployment's HMAC secret.
 */
public final class PiiRedactor {

    private static final Map<PiiKind, Pattern> PATTERNS = Map.of(
            PiiKind.EMAIL, PiiPatterns.EMAIL,
            PiiKind.PHONE, PiiPatterns.PHONE,
            PiiKind.ADDRESS, PiiPatterns.ADDRESS);

    private final KeyedHasher hasher;

    /** @param hmacSecret the secret keying every hash; the same secret must be used wherever hashes are compared */
    public PiiRedactor(String hmacSecret) {
        this.hasher = new KeyedHasher(hmacSecret);
    }

    public Redaction redact(String text) {
        String clean = text == null ? "" : text;
        List<PiiValue> found = new ArrayList<>();
        // Emails first, so the digits of an email address are never taken for a phone or a house number.
        for (PiiKind kind : PiiKind.values()) {
            if (!PiiPatterns.mayMatch(PATTERNS.get(kind), clean)) {
                continue;
            }
            Matcher matcher = PATTERNS.get(kind).matcher(clean);
            StringBuilder redacted = new StringBuilder();
            while (matcher.find()) {
                found.add(new PiiValue(kind, matcher.group(), hash(kind, matcher.group())));
                matcher.appendReplacement(redacted, Matcher.quoteReplacement(kind.placeholder()));
            }
            matcher.appendTail(redacted);
            clean = redacted.toString();
        }
        return new Redaction(clean, found);
    }

    /** The keyed hash of a value of the given kind, e.g. to look up a lead by an email typed in a form. */
    public String hash(PiiKind kind, String value) {
        return hasher.hash(kind.canonicalize(value));
    }
}
