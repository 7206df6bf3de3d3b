package com.leadtolease.ingestion.domain;

/**
 * One message as it came in, before any cleaning.
 *
 * @param line         CSV line number (1-based), or the message's position in a JSON thread
 * @param roleLabel    the role column as written (may be blank: a speaker prefix may say it)
 * @param text         the message as written, personal data included
 * @param rawTimestamp the timestamp as written (may be blank)
 */
public record SourceTurn(long line, String roleLabel, String text, String rawTimestamp) {
}
