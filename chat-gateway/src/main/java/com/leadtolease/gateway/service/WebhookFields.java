package com.leadtolease.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the fields of one webhook body, collecting every problem under its field's path ({@code lead.email}) so one
 * 400 answer names them all. Every string has a length cap; blank counts as absent.
 */
final class WebhookFields {

    static final int ID_MAX = 200;
    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 40;
    static final int PROPERTY_ID_MAX = 100;
    static final int TEXT_MAX = 4000;
    static final int PETS_MAX = 10;
    static final int PET_MAX = 100;
    static final int BUDGET_MAX = 1_000_000;
    static final int BEDROOMS_MAX = 20;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ().-]{7,}");
    private static final Pattern MONEY = Pattern.compile("\\$?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?");

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** The object at {@code field} (absent: an empty one), or an error when it is something else. */
    JsonNode object(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (absent(node)) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            fail(path, "must be an object");
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        return node;
    }

    /** A string (a number or boolean is taken as its text), trimmed; null when absent or blank. */
    String text(JsonNode parent, String field, String path, int max) {
        JsonNode node = parent.get(field);
        if (absent(node)) {
            return null;
        }
        if (!node.isValueNode()) {
            fail(path, "must be a string");
            return null;
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            fail(path, "must be at most " + max + " characters");
            return null;
        }
        return value;
    }

    String email(JsonNode parent, String field, String path) {
        String value = text(parent, field, path, EMAIL_MAX);
        if (value != null && !EMAIL.matcher(value).matches()) {
            fail(path, "must be an email address");
            return null;
        }
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    String phone(JsonNode parent, String field, String path) {
        String value = text(parent, field, path, PHONE_MAX);
        if (value != null && !PHONE.matcher(value).matches()) {
            fail(path, "must be a phone number (digits, spaces, + ( ) . -)");
            return null;
        }
        return value;
    }

    /** Dollars per month: a number, or text such as {@code "$1,900"}; cents are dropped. */
    Integer money(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (absent(node) || node.isTextual() && node.asText().isBlank()) {
            return null;
        }
        BigDecimal amount = null;
        if (node.isNumber()) {
            amount = node.decimalValue();
        } else if (node.isTextual() && node.asText().length() <= 30) {
            var matcher = MONEY.matcher(node.asText().strip());
            if (matcher.matches()) {
                amount = new BigDecimal(matcher.group(1).replace(",", ""));
            }
        }
        if (amount == null || amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(BUDGET_MAX)) > 0) {
            fail(path, "must be dollars per month from 0 to " + BUDGET_MAX + ", e.g. 1900 or \"$1,900\"");
            return null;
        }
        return amount.intValue();
    }

    /** A whole number from 0 to {@code max}, also as text; "studio" is 0 bedrooms. */
    Integer count(JsonNode parent, String field, String path, int max) {
        JsonNode node = parent.get(field);
        if (absent(node) || node.isTextual() && node.asText().isBlank()) {
            return null;
        }
        String text = node.isValueNode() ? node.asText().strip().toLowerCase(Locale.ROOT) : "";
        if ("studio".equals(text)) {
            return 0;
        }
        if ((node.isIntegralNumber() || node.isTextual() && text.matches("\\d{1,3}"))
                && Integer.parseInt(text) <= max) {
            return Integer.parseInt(text);
        }
        fail(path, "must be a whole number from 0 to " + max);
        return null;
    }

    LocalDate date(JsonNode parent, String field, String path) {
        String value = text(parent, field, path, 10);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            fail(path, "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    /** An ISO-8601 instant; checked only (the event carries the time the gateway received it). */
    void instant(JsonNode parent, String field, String path) {
        String value = text(parent, field, path, 40);
        if (value != null) {
            try {
                Instant.parse(value);
            } catch (DateTimeParseException e) {
                fail(path, "must be a date-time such as 2026-12-06T10:15:00Z");
            }
        }
    }

    /** True, false, or text such as "yes"/"no" (form tools send checkboxes as text); absent is false. */
    boolean flag(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (absent(node)) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.isValueNode() ? node.asText().strip().toLowerCase(Locale.ROOT) : "";
        switch (text) {
            case "true", "yes", "y", "1", "on" -> {
                return true;
            }
            case "false", "no", "n", "0", "off", "" -> {
                return false;
            }
            default -> {
                fail(path, "must be true or false");
                return false;
            }
        }
    }

    /** A list of short strings, or one string of comma-separated ones; empty when absent. */
    List<String> list(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (absent(node)) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> items.add(item.isValueNode() ? item.asText().strip() : null));
        } else if (node.isValueNode() && node.asText().length() <= PETS_MAX * (PET_MAX + 2)) {
            for (String item : node.asText().split(",")) {
                items.add(item.strip());
            }
        } else {
            fail(path, "must be a list of strings or one comma-separated string");
            return List.of();
        }
        if (items.contains(null)) {
            fail(path, "must hold strings only");
            return List.of();
        }
        List<String> kept = items.stream().filter(item -> !item.isEmpty()).toList();
        if (kept.size() > PETS_MAX || kept.stream().anyMatch(item -> item.length() > PET_MAX)) {
            fail(path, "must be at most " + PETS_MAX + " items of at most " + PET_MAX + " characters");
            return List.of();
        }
        return kept;
    }

    void fail(String path, String message) {
        errors.add(new Problem.FieldError(path, message));
    }

    /** Throws the 400 problem naming every bad field, if any. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are not valid: " + String.join(", ",
                    errors.stream().map(Problem.FieldError::field).toList());
            throw new ProblemException(Problem.of(400, "Invalid input", detail).withErrors(List.copyOf(errors)));
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
