package com.leadtolease.embedding.domain;

/** What an entry of {@code embedding_manifest} records. */
public enum RunKind {
    /** The first version, created empty when the service starts on an empty store. */
    BOOTSTRAP,
    /** One ingested thread embedded into the active (and any building) version. */
    INGEST,
    /** A re-embedding of every stored chunk into a new version. */
    REEMBED;

    public String value() {
        return name().toLowerCase();
    }
}
