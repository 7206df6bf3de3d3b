package com.leadtolease.embedding.index;

import com.leadtolease.embedding.repository.ChunkDocuments;
import dev.langchain4j.store.embedding.filter.Filter;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

/** A search's role, stage and since as a langchain4j metadata {@link Filter} over {@code metadata.*}. */
final class AtlasFilters {

    private AtlasFilters() {
    }

    /** The filter, or null when the search restricts nothing. */
    static Filter of(SearchFilter filter) {
        if (filter == null) {
            return null;
        }
        Filter result = null;
        if (filter.role() != null) {
            result = and(result, metadataKey(ChunkDocuments.ROLE).isEqualTo(filter.role()));
        }
        if (filter.stage() != null) {
            result = and(result, metadataKey(ChunkDocuments.STAGE).isEqualTo(filter.stage()));
        }
        if (filter.since() != null) {
            result = and(result, metadataKey(ChunkDocuments.TIMESTAMP).isGreaterThanOrEqualTo(
                    filter.since().toEpochMilli()));
        }
        return result;
    }

    private static Filter and(Filter left, Filter right) {
        return left == null ? right : left.and(right);
    }
}
