package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The eight prospect facts and how two values of one are compared: exact after light normalisation (case and
 * spacing, phone digits without a leading US 1, the date part, a leading "the" of an area; pets and areas as sets,
 * pets singular). Labels use the public API's snake_case names; CRM records' {@code moveDate} is read as
 * {@code move_date}.
 */
public final class Facts {

    public static final List<String> FIELDS = List.of("name", "email", "phone", "budget", "bedrooms", "move_date",
            "pets", "areas");

    private Facts() {
    }

    /** The field of a JSON object, accepting the camelCase spelling too. */
    public static JsonNode field(JsonNode object, String field) {
        JsonNode value = object.path(field);
        if (value.isMissingNode() && field.equals("move_date")) {
            value = object.path("moveDate");
        }
        return value;
    }

    /** The comparable form of a value, or null when blank (null, "", []). */
    public static String normalise(String field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()
                || (value.isTextual() && value.asText().isBlank()) || (value.isArray() && value.isEmpty())) {
            return null;
        }
        String text = value.asText().trim();
        return switch (field) {
            case "name" -> text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            case "email" -> text.toLowerCase(Locale.ROOT);
            case "phone" -> phoneDigits(text);
            case "budget", "bedrooms" -> value.isNumber() ? Long.toString(value.asLong()) : text.replaceAll("[^0-9]", "");
            case "move_date" -> text.length() >= 10 ? text.substring(0, 10) : text;
            case "pets" -> set(value, true);
            case "areas" -> set(value, false);
            default -> text;
        };
    }

    private static String phoneDigits(String text) {
        String digits = text.replaceAll("\\D", "");
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }

    private static String set(JsonNode values, boolean singular) {
        TreeSet<String> items = new TreeSet<>();
        for (JsonNode item : values.isArray() ? values : List.of(values)) {
            String text = item.asText().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (singular && text.length() > 3 && text.endsWith("s") && !text.endsWith("ss")) {
                text = text.substring(0, text.length() - 1);
            }
            if (!singular) {
                text = text.replaceFirst("^the ", "");
            }
            if (!text.isEmpty()) {
                items.add(text);
            }
        }
        return items.isEmpty() ? null : String.join("|", items);
    }
}
