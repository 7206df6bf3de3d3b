package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The labelled sets: one JSON object a line, blank lines skipped, a bad line named by file and number. */
public final class Jsonl {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Jsonl() {
    }

    public static List<JsonNode> read(Path file) {
        try {
            List<JsonNode> lines = new ArrayList<>();
            List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i).isBlank()) {
                    continue;
                }
                try {
                    lines.add(JSON.readTree(raw.get(i)));
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code node} with {@code {run}} and {@code {ny}} replaced in every string. */
    public static JsonNode substitute(JsonNode node, String runTag, int nextYear) {
        try {
            String text = JSON.writeValueAsString(node).replace("{run}", runTag)
                    .replace("{ny}", Integer.toString(nextYear));
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds 1 to {@code counter} of the object {@code key} under {@code parent}, creating it with zero counters. */
    public static void count(ObjectNode parent, String key, String counter, String... counters) {
        ObjectNode group = parent.has(key) ? (ObjectNode) parent.get(key) : parent.putObject(key);
        for (String name : counters) {
            if (!group.has(name)) {
                group.put(name, 0);
            }
        }
        group.put(counter, group.path(counter).asInt() + 1);
    }

    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
