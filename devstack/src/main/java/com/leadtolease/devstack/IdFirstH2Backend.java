package com.leadtolease.devstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server on H2, with one planning rule MongoDB itself has: a filter that names {@code _id} (a value, an
 * {@code $in} or an anchored pattern) next to other conditions, at its top level or in its {@code $and}, reads the
 * documents with those ids through the {@code _id} index, then checks the other conditions on them. mongo-java-server alone uses an index only when the filter's fields are exactly the
 * index's keys, so {@code {_id, version}} (an optimistic save) or {@code {_id, remaining > 0}} (a slot claim) scanned
 * the whole collection.
 */
final class IdFirstH2Backend extends H2Backend {

    private static final String ID = "_id";

    IdFirstH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    // An inner class on purpose: H2Database's constructor already opens the existing collections, and an inner
    // class's reference to this backend (hence to the store) is set before that constructor runs.
    private final class Database extends H2Database {

        Database(String name) {
            super(name, IdFirstH2Backend.this.getMvStore(), IdFirstH2Backend.this.getCursorRegistry());
        }

        /** Opens the collection's maps under the names H2Database uses, so existing data files keep working. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = IdFirstH2Backend.this.getMvStore();
            MVMap<Object, Document> data = store.openMap("databases." + namespace);
            MVMap<String, Object> meta = store.openMap("meta." + namespace);
            return new IdFirstCollection(this, collectionName, options, data, meta, cursorRegistry);
        }
    }

    static final class IdFirstCollection extends H2Collection {

        IdFirstCollection(MongoDatabase database, String name, CollectionOptions options,
                          MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fieldSelector) {
            Object idCondition = idCondition(query);
            if (idCondition != null) {
                Document byId = new Document(ID, idCondition);
                for (Index<Object> index : getIndexes()) {
                    if (isIdIndex(index) && index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, skip, limit, batchSize,
                                fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }

        /** The _id condition of a filter that also has others, top level or in an {@code $and}; null if none. */
        private static Object idCondition(Document query) {
            if (query.containsKey(ID)) {
                return query.size() > 1 ? query.get(ID) : null; // _id alone: mongo-java-server uses the index itself
            }
            if (query.get("$and") instanceof List<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document condition && condition.containsKey(ID)) {
                        return condition.get(ID);
                    }
                }
            }
            return null;
        }

        private static boolean isIdIndex(Index<Object> index) {
            return index.getKeys().size() == 1 && ID.equals(index.getKeys().get(0).getKey());
        }
    }
}
