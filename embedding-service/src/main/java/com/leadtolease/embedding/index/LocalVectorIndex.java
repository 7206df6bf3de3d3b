package com.leadtolease.embedding.index;

import com.leadtolease.embedding.domain.EmbeddedChunk;
import com.leadtolease.embedding.repository.ChunkDocuments;
import com.leadtolease.embedding.repository.ChunkRepository;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.util.Date;
import java.util.List;

/**
 * In-memory exact index of the active version, loaded from {@code message_embeddings} when a version is prepared
 * (at start and on activation) and kept current as vectors of that version are written.
 */
public class LocalVectorIndex implements VectorIndex {

    private static final Logger LOG = Logger.getLogger(LocalVectorIndex.class);

    private final ChunkRepository chunks;
    private volatile Loaded loaded;

    private record Loaded(String version, FlatVectorStore store) {
    }

    public LocalVectorIndex(ChunkRepository chunks) {
        this.chunks = chunks;
    }

    @Override
    public synchronized void prepare(String version, int dimensions) {
        Loaded current = loaded;
        if (current != null && current.version().equals(version) && current.store().dimensions() == dimensions) {
            return;
        }
        long started = System.nanoTime();
        FlatVectorStore store = new FlatVectorStore(dimensions, 1024);
        chunks.forEachVector(version, (id, document) -> put(store, id, document));
        loaded = new Loaded(version, store);
        LOG.infof("Local vector index loaded version %s: %d vectors of %d dimensions in %d ms", version, store.size(),
                dimensions, (System.nanoTime() - started) / 1_000_000);
    }

    private static void put(FlatVectorStore store, String id, Document document) {
        float[] vector = ChunkDocuments.vector(document);
        if (vector.length != store.dimensions()) {
            LOG.warnf("Skipping vector %s: %d dimensions instead of %d", id, vector.length, store.dimensions());
            return;
        }
        Date timestamp = document.getDate(ChunkDocuments.TIMESTAMP);
        store.put(id, vector, document.getString(ChunkDocuments.ROLE), document.getString(ChunkDocuments.STAGE),
                timestamp == null ? 0 : timestamp.getTime());
    }

    /** Synchronized with {@link #prepare}: vectors written while a version loads are added once it is loaded. */
    @Override
    public synchronized void upserted(String version, List<EmbeddedChunk> written) {
        Loaded current = loaded;
        if (current == null || !current.version().equals(version)) {
            return;
        }
        for (EmbeddedChunk chunk : written) {
            current.store().put(chunk.id(), chunk.embedding(), chunk.chunk().role(), chunk.chunk().stage(),
                    chunk.chunk().timestamp() == null ? 0 : chunk.chunk().timestamp().toEpochMilli());
        }
    }

    @Override
    public List<VectorHit> search(String version, float[] query, SearchFilter filter, int limit) {
        Loaded current = loaded;
        if (current == null || !current.version().equals(version) || current.store().dimensions() != query.length) {
            prepare(version, query.length);
            current = loaded;
        }
        return current.store().search(query, filter, limit);
    }
}
