package com.leadtolease.agent.repository;

import org.bson.Document;
import org.bson.conversions.Bson;

/** The filter of an optimistic save: this document, at the version it was read. */
final class VersionFilter {

    private VersionFilter() {
    }

    static Bson of(String id, long version) {
        return new Document("_id", id).append("version", version);
    }
}
