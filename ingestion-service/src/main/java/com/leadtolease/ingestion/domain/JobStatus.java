package com.leadtolease.ingestion.domain;

import java.util.Locale;

/**
 * Lifecycle of an ingestion job. {@code COMMITTING} is internal (shown as running): the job's staged documents are
 * being made visible, and a restart rolls it forward instead of back.
 */
public enum JobStatus {
    QUEUED,
    RUNNING,
    COMMITTING,
    SUCCEEDED,
    FAILED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the API shows. */
    public String publicValue() {
        return this == COMMITTING ? RUNNING.value() : value();
    }

    public static JobStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
