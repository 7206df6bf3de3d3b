package com.leadtolease.ingestion.service.csv;

import java.util.List;

/**
 * One CSV record as read.
 *
 * @param line      the physical line (1-based) the record starts on
 * @param fields    the field values; an over-long field is cut to the empty string
 * @param oversized true when a field was longer than the configured cap (its content was dropped)
 */
public record CsvRecord(long line, List<String> fields, boolean oversized) {

    public boolean isBlank() {
        return !oversized && fields.stream().allMatch(String::isBlank);
    }

    /** The field at {@code index}, or the empty string when the record is shorter. */
    public String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }
}
