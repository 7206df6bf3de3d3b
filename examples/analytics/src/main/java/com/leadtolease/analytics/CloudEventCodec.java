package com.leadtolease.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** Reads a binary-mode CloudEvent from its headers and value; anything else (no ce_* headers, bad JSON) is skipped. */
public final class CloudEventCodec {
    private final ObjectMapper json;

    public CloudEventCodec(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param header the value of a record header by name, or null
     * @param key    the record key (the aggregate id), may be null
     * @param value  the record value: the event's JSON data
     */
    public Optional<CloudEvent> read(Function<String, String> header, String key, String value) {
        String id = header.apply("ce_id");
        String type = header.apply("ce_type");
        if (id == null || type == null || value == null) {
            return Optional.empty();
        }
        try {
            JsonNode data = json.readTree(value);
            String subject = header.apply("ce_subject");
            return Optional.of(new CloudEvent(id, type, header.apply("ce_source"),
                    subject != null ? subject : key, time(header.apply("ce_time")), data));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant time(String text) {
        return text == null ? Instant.EPOCH : Instant.parse(text);
    }
}
