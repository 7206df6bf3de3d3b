package com.leadtolease.text.pii;

/** One piece of personal data found in a message: its kind, the text as written, and its keyed hash. */
public record PiiValue(PiiKind kind, String original, String hash) {
}
