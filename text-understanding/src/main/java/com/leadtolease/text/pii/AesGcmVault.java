package com.leadtolease.text.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data for optional storage with AES-256-GCM: a random 12-byte IV per value, output as base64 of
 * IV followed by ciphertext and tag. Tampered or foreign tokens are rejected, never decrypted to garbage.
 */
public final class AesGcmVault {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param base64Key a 256-bit key, base64-encoded (e.g. {@code openssl rand -base64 32}) */
    public AesGcmVault(String base64Key) {
        byte[] keyBytes = decodeBase64(base64Key, "The vault key is not valid base64");
        if (keyBytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("The vault key must be 256 bits (32 bytes), got " + keyBytes.length + " bytes");
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    public String encrypt(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + ciphertext.length)
                    .put(iv).put(ciphertext).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM", e);
        }
    }

    /** @throws IllegalArgumentException when the token is malformed, altered, or was sealed under another key */
    public String decrypt(String token) {
        byte[] sealed = decodeBase64(token, "The vault token is not valid base64");
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("The vault token is too short to hold an IV and a tag");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            byte[] plaintext = cipher.doFinal(Arrays.copyOfRange(sealed, IV_BYTES, sealed.length));
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("The vault token was altered or sealed under another key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM", e);
        }
    }

    private static byte[] decodeBase64(String value, String message) {
        try {
            return Base64.getDecoder().decode(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(message, e);
        }
    }
}
