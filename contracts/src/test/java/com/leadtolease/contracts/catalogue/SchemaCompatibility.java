package com.leadtolease.contracts.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists what makes a current JSON Schema incompatible with its released version: for events already on Kafka and for
 * consumers written against the released schema. Breaking: a field removed; a type changed or narrowed (only adding
 * {@code "null"} is allowed); a field newly required; a new field that is required or not nullable; an enum value
 * removed or an enum added; a const, format, pattern or $ref changed; a min/max bound tightened;
 * additionalProperties tightened. Everything else (a new optional nullable field, a looser bound) is compatible.
 */
final class SchemaCompatibility {
    private static final List<String> LOWER_BOUNDS = List.of("minLength", "minimum", "exclusiveMinimum", "minItems",
            "minProperties");
    private static final List<String> UPPER_BOUNDS = List.of("maxLength", "maximum", "exclusiveMaximum", "maxItems",
            "maxProperties");
    private static final JsonNode ANY = JsonNodeFactory.instance.objectNode();
    private static final List<String> EXACT = List.of("const", "format", "pattern", "$ref");

    private SchemaCompatibility() {
    }

    /** Empty when {@code current} is compatible with {@code released}; else one line per breaking change. */
    static List<String> breakingChanges(JsonNode released, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("", released, current, problems);
        return problems;
    }

    private static void compare(String at, JsonNode released, JsonNode current, List<String> problems) {
        if (!released.isObject() || !current.isObject()) {
            if (!released.equals(current)) {
                problems.add(where(at) + "schema changed from " + released + " to " + current);
            }
            return;
        }
        types(at, released, current, problems);
        enums(at, released, current, problems);
        EXACT.stream().filter(k -> !released.path(k).equals(current.path(k)))
                .forEach(k -> problems.add(where(at) + k + " changed from " + text(released.get(k)) + " to "
                        + text(current.get(k))));
        bounds(at, released, current, problems);
        properties(at, released, current, problems);
        additionalProperties(at, released, current, problems);
        if (released.has("items") || current.has("items")) {
            compare(at + "[]", released.has("items") ? released.get("items") : ANY,
                    current.has("items") ? current.get("items") : ANY, problems);
        }
        definitions(at, released, current, problems);
    }

    private static void types(String at, JsonNode released, JsonNode current, List<String> problems) {
        Set<String> was = values(released.get("type"));
        Set<String> is = values(current.get("type"));
        if (was.isEmpty()) {
            if (!is.isEmpty()) {
                problems.add(where(at) + "type narrowed from any to " + is);
            }
            return;
        }
        if (is.isEmpty()) {
            return;
        }
        Set<String> added = new HashSet<>(is);
        added.removeAll(was);
        added.remove("null");
        if (!is.containsAll(was) || !added.isEmpty()) {
            problems.add(where(at) + "retyped from " + was + " to " + is);
        }
    }

    private static void enums(String at, JsonNode released, JsonNode current, List<String> problems) {
        if (!current.has("enum")) {
            return;
        }
        if (!released.has("enum")) {
            problems.add(where(at) + "enum " + current.get("enum") + " added");
            return;
        }
        Set<String> is = values(current.get("enum"));
        values(released.get("enum")).stream().filter(v -> !is.contains(v))
                .forEach(v -> problems.add(where(at) + "enum value " + v + " removed"));
    }

    private static void bounds(String at, JsonNode released, JsonNode current, List<String> problems) {
        for (String key : LOWER_BOUNDS) {
            if (current.has(key) && (!released.has(key) || current.get(key).decimalValue()
                    .compareTo(released.get(key).decimalValue()) > 0)) {
                problems.add(where(at) + key + " tightened from " + text(released.get(key)) + " to " + current.get(key));
            }
        }
        for (String key : UPPER_BOUNDS) {
            if (current.has(key) && (!released.has(key) || current.get(key).decimalValue()
                    .compareTo(released.get(key).decimalValue()) < 0)) {
                problems.add(where(at) + key + " tightened from " + text(released.get(key)) + " to " + current.get(key));
            }
        }
    }

    private static void properties(String at, JsonNode released, JsonNode current, List<String> problems) {
        JsonNode was = released.path("properties");
        JsonNode is = current.path("properties");
        Set<String> wasRequired = values(released.get("required"));
        Set<String> isRequired = values(current.get("required"));
        for (Iterator<Map.Entry<String, JsonNode>> it = was.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = at + "/" + field.getKey();
            if (!is.has(field.getKey())) {
                problems.add(where(path) + "field removed");
            } else {
                compare(path, field.getValue(), is.get(field.getKey()), problems);
                if (isRequired.contains(field.getKey()) && !wasRequired.contains(field.getKey())) {
                    problems.add(where(path) + "field newly required");
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = is.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (was.has(field.getKey())) {
                continue;
            }
            String path = at + "/" + field.getKey();
            if (isRequired.contains(field.getKey())) {
                problems.add(where(path) + "new field is required (released events lack it): add it optional");
            }
            Set<String> types = values(field.getValue().get("type"));
            if (!types.isEmpty() && !types.contains("null")) {
                problems.add(where(path) + "new field is not nullable: its type must include \"null\"");
            }
        }
    }

    private static void additionalProperties(String at, JsonNode released, JsonNode current, List<String> problems) {
        JsonNode was = released.get("additionalProperties");
        JsonNode is = current.get("additionalProperties");
        if (closed(was)) {
            return;
        }
        if (open(was) ? !open(is) : closed(is)) {
            problems.add(where(at) + "additionalProperties tightened from " + text(was) + " to " + text(is));
        } else if (!open(was) && is != null && is.isObject()) {
            compare(at + "/*", was, is, problems);
        }
    }

    private static boolean open(JsonNode additionalProperties) {
        return additionalProperties == null || additionalProperties.isBoolean() && additionalProperties.asBoolean();
    }

    private static boolean closed(JsonNode additionalProperties) {
        return additionalProperties != null && additionalProperties.isBoolean() && !additionalProperties.asBoolean();
    }

    private static void definitions(String at, JsonNode released, JsonNode current, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = released.path("$defs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            String path = at + "#/$defs/" + def.getKey();
            JsonNode now = current.path("$defs").get(def.getKey());
            if (now == null) {
                problems.add(where(path) + "definition removed");
            } else {
                compare(path, def.getValue(), now, problems);
            }
        }
    }

    private static Set<String> values(JsonNode node) {
        Set<String> values = new HashSet<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
        } else {
            values.add(node.isTextual() ? node.asText() : node.toString());
        }
        return values;
    }

    private static String where(String at) {
        return (at.isEmpty() ? "(root)" : at) + ": ";
    }

    private static String text(JsonNode node) {
        return node == null ? "(absent)" : node.toString();
    }
}
