package com.leadtolease.agent.repository;

import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The filter of an optimistic save: this document, at the version it was read. A flat {@code {_id, version}} rather
 * than {@code Filters.and}, which the driver writes as {@code $and}: the embedded dev store answers a filter from an
 * index only when its fields are exactly the index's keys ({@link MongoIndexes} creates {_id, version}).
 */
final class VersionFilter {

    private VersionFilter() {
    }

    static Bson of(String id, long version) {
        return new Document("_id", id).append("version", version);
    }
}
