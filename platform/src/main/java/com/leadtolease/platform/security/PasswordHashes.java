package com.leadtolease.platform.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Client secrets and operator passwords are stored as PBKDF2-HMAC-SHA256 hashes
 * ({@code pbkdf2-sha256$iterations$salt$hash}, base64), never in clear. {@code main} hashes a secret read from
 * standard input, for writing an accounts file by hand.
 */
public final class PasswordHashes {

    private static final String PREFIX = "pbkdf2-sha256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    /** Checked when the account does not exist, so an unknown name takes as long as a wrong password. */
    private static final String DUMMY = hash("not-a-real-secret".toCharArray(), ITERATIONS);

    private PasswordHashes() {
    }

    public static String hash(char[] secret) {
        return hash(secret, ITERATIONS);
    }

    /** With another cost: more iterations as machines get faster; tests use few to stay quick. */
    public static String hash(char[] secret, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return PREFIX + "$" + iterations + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(derive(secret, salt, iterations));
    }

    /** True when {@code secret} is the one {@code stored} was made from; a null or malformed hash never matches. */
    public static boolean matches(char[] secret, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            burnOneCheck(secret);
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] expected = B64D.decode(parts[3]);
            return iterations > 0 && MessageDigest.isEqual(expected, derive(secret, B64D.decode(parts[2]), iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one check, for a name that has no account. */
    public static void burnOneCheck(char[] secret) {
        matches(secret, DUMMY);
    }

    private static byte[] derive(char[] secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }

    public static void main(String[] args) throws java.io.IOException {
        String secret = new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        System.out.println(hash(secret.toCharArray()));
    }
}
