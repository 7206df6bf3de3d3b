package com.leadtolease.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with one key: signatures of tokens, webhooks and keyed hashes. */
public final class Hmac {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public Hmac(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("An HMAC key must not be empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public byte[] sign(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    public String signHex(String value) {
        return HexFormat.of().formatHex(sign(value));
    }
}
