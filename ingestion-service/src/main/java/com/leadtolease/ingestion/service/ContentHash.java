package com.leadtolease.ingestion.service;

import com.leadtolease.text.UnderstoodMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * SHA-256 of a thread's normalized content (role, timestamp, clean text and PII hashes of each message, in order):
 * the same conversation ingested again hashes the same, so its thread id is the same.
 */
final class ContentHash {

    private static final int THREAD_ID_HEX_CHARS = 20;

    private ContentHash() {
    }

    static String of(List<UnderstoodMessage> messages) {
        MessageDigest digest = sha256();
        for (UnderstoodMessage message : messages) {
            update(digest, message.role().wireName());
            update(digest, String.valueOf(message.timestamp()));
            update(digest, message.cleanText());
            update(digest, new TreeMap<>(message.piiHashes()).toString());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String threadId(String format, String contentHash) {
        return format + "-" + contentHash.substring(0, THREAD_ID_HEX_CHARS);
    }

    private static void update(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x1F);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable in this JVM", e);
        }
    }
}
