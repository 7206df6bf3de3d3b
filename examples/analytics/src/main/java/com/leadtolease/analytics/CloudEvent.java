package com.leadtolease.analytics;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event as Lead-to-Lease publishes it: a CloudEvent 1.0 in Kafka binary mode, whose attributes are the record
 * headers {@code ce_id}, {@code ce_type}, {@code ce_source}, {@code ce_time} (and {@code ce_subject}, the record key)
 * and whose data is the JSON record value (schemas: {@code GET /api/events/asyncapi}).
 */
public record CloudEvent(String id, String type, String source, String subject, Instant time, JsonNode data) {

    /** The type without its {@code com.leadtolease.} prefix and version, e.g. {@code lead.upserted}. */
    public String shortType() {
        String name = type.startsWith("com.leadtolease.") ? type.substring("com.leadtolease.".length()) : type;
        int version = name.lastIndexOf(".v");
        return version > 0 ? name.substring(0, version) : name;
    }

    /** A text field of the data, or null when absent or JSON null. */
    public String text(String field) {
        JsonNode value = data.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
