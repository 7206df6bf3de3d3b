package com.leadtolease.booking.rest;

import com.leadtolease.contracts.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Query parameters arrive as text and are parsed here, so a bad value answers 400 naming the parameter
 * (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
final class QueryParams {

    private QueryParams() {
    }

    static Integer optionalInt(String name, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField(name, "must be a whole number from " + min + " to " + max);
    }

    static int intOr(String name, String raw, int fallback, int min, int max) {
        Integer value = optionalInt(name, raw, min, max);
        return value == null ? fallback : value;
    }

    static LocalDate optionalDate(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date in the form yyyy-MM-dd");
        }
    }

    /** An ISO instant, or a date taken as its start in UTC. */
    static Instant optionalInstant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be an ISO instant such as 2026-05-01T15:00:00Z or a date");
        }
    }

    static String optionalText(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw ProblemException.invalidField(name, "must be at most " + maxLength + " characters");
        }
        return raw.trim();
    }
}
