package com.leadtolease.text.pii;

import com.leadtolease.platform.security.Hmac;

/** Hex HMAC-SHA256 under a deployment secret: equal values give equal hashes, which cannot be reversed without it. */
public final class KeyedHasher {

    private final Hmac hmac;

    public KeyedHasher(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("The PII hashing secret must not be blank");
        }
        this.hmac = new Hmac(secret);
    }

    public String hash(String value) {
        return hmac.signHex(value);
    }
}
