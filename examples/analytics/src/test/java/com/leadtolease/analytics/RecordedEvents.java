package com.leadtolease.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code recorded-events.jsonl}: Kafka records as the services publish them (topic, key, CloudEvent headers, JSON
 * value), one per line. Three leads over two days: lead-1 qualifies, books a tour at p-oak (known by its session
 * only), tours and applies (the apply_now delivered twice); lead-2 stays in qualifying; lead-3 qualifies and books a
 * tour at p-elm that is cancelled. Plus a reminder (not a funnel step) and a record that is no CloudEvent.
 */
final class RecordedEvents {
    static final ObjectMapper JSON = new ObjectMapper();

    record Recorded(String topic, String key, Map<String, String> headers, String value) {
    }

    /** What the recording must count to. */
    static final List<FunnelReport.Row> EXPECTED = List.of(
            new FunnelReport.Row(LocalDate.parse("2026-12-01"), Funnel.NO_PROPERTY, 1, 0, 0, 0, 0),
            new FunnelReport.Row(LocalDate.parse("2026-12-01"), "p-oak", 1, 1, 1, 1, 1),
            new FunnelReport.Row(LocalDate.parse("2026-12-02"), "p-elm", 1, 1, 1, 0, 0));

    private RecordedEvents() {
    }

    static List<Recorded> all() {
        List<Recorded> records = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                RecordedEvents.class.getResourceAsStream("/recorded-events.jsonl")), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode record = JSON.readTree(line);
                Map<String, String> headers = new LinkedHashMap<>();
                record.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
                records.add(new Recorded(record.path("topic").asText(), record.path("key").asText(), headers,
                        JSON.writeValueAsString(record.path("value"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
