package com.leadtolease.booking.service;

import com.leadtolease.booking.domain.TourType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a caller asks to book, already validated for shape; {@code email} is lower-cased. */
public record TourRequest(String propertyId, String slotId, TourType tourType, String name, String email, String phone,
                          String notes, String unitId, String leadId, String sessionId) {

    /** Identifies the request's content, to tell a retry (same key, same body) from a misuse of an Idempotency-Key. */
    public String fingerprint() {
        String canonical = Stream.of(propertyId, slotId, tourType, name, email, phone, notes, unitId, leadId, sessionId)
                .map(value -> Objects.toString(value, ""))
                .collect(Collectors.joining("\u001f"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
