package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
