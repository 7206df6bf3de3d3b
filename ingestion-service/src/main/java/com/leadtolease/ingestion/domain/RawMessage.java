package com.leadtolease.ingestion.domain;

/**
 * The source row of a stored message, in {@code raw_messages}. The original text (with personal data) is kept
 * only AES-GCM encrypted when a vault key is configured, or in clear only when explicitly allowed; otherwise it is
 * not kept at all ({@code textStorage} says which).
 *
 * @param textStorage encrypted | plain | withheld
 */
public record RawMessage(String id, String threadId, int turnIndex, long sourceLine, String roleLabel,
                         String rawTimestamp, String textStorage, String text) {

    public static final String ENCRYPTED = "encrypted";
    public static final String PLAIN = "plain";
    public static final String WITHHELD = "withheld";
}
