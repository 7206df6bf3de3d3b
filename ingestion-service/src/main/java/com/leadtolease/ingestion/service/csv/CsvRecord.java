package com.leadtolease.ingestion.service.csv;

import java.util.List;

/**
 * One CSV record as read.
 *
 * @param line    the physical line (1-based) the record starts on
 * @param fields  the field values; none when the record is refused
 * @param refusal why the record is refused (a field over the cap, too many columns, quotes RFC 4180 does not
 *                allow), or {@code null}
 */
public record CsvRecord(long line, List<String> fields, String refusal) {

    public boolean refused() {
        return refusal != null;
    }

    public boolean isBlank() {
        return !refused() && fields.stream().allMatch(String::isBlank);
    }

    /** The field at {@code index}, or the empty string when the record is shorter. */
    public String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }
}
