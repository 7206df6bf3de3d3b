package com.leadtolease.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;

/**
 * The MongoDB-wire store in the launcher JVM: mongo-java-server on an H2 MVStore file, committed by this class every
 * {@link #COMMIT_INTERVAL_MS} ms; {@link #close()} commits and closes the file so nothing is lost on a clean stop (a
 * killed launcher loses the last few seconds of writes). Each commit rewrites and compresses every page changed since
 * the last one: every 5 s instead of every second took the store from 4.8 to 4.0 ms of CPU per chat turn.
 * <p>
 * MVStore's own auto-commit is off on purpose: its background housekeeping rewrites and frees chunks while
 * mongo-java-server scans a collection without registering the version it reads, and a long scan under heavy writes
 * (the commit of a 200 MB ingestion job) then failed with "Chunk ... not found" (h2database issues #4218, #4383).
 * With our own commits and no housekeeping, that 200 MB job committed. Pages are compressed (LZF): a 20 MB CSV upload
 * then takes 0.36 GB on disk instead of 1.1 GB, at the same speed.
 */
public final class EmbeddedMongo implements AutoCloseable {
    static final long COMMIT_INTERVAL_MS = 5000;

    private final long commitIntervalMs;

    private final H2Backend backend;
    private final MongoServer server;
    private final int port;
    private final ScheduledExecutorService committer;
    private boolean closed;

    private EmbeddedMongo(H2Backend backend, MongoServer server, int port, long commitIntervalMs) {
        this.commitIntervalMs = commitIntervalMs;
        this.backend = backend;
        this.server = server;
        this.port = port;
        this.committer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mongo-store-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commit, commitIntervalMs, commitIntervalMs, TimeUnit.MILLISECONDS);
    }

    private void commit() {
        try {
            backend.commit();
        } catch (RuntimeException e) {
            Log.warn("committing the MongoDB-wire store failed (retried in " + commitIntervalMs + " ms): " + e);
        }
    }

    /** Never interrupts a commit in progress: an interrupted FileChannel write closes the store's file. */
    private void stopCommitting() {
        committer.shutdown();
        try {
            if (!committer.awaitTermination(30, TimeUnit.SECONDS)) {
                Log.warn("the MongoDB-wire store's last commit is still running; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True while writes since the last commit are only in memory. */
    boolean hasUnsavedChanges() {
        return backend.getMvStore().hasUnsavedChanges();
    }

    /** Opens (or creates) the store file and listens on {@code 127.0.0.1:port} (0 = any free port). */
    public static EmbeddedMongo start(Path file, int port) {
        return start(file, port, COMMIT_INTERVAL_MS);
    }

    static EmbeddedMongo start(Path file, int port, long commitIntervalMs) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        H2Backend backend = new IdFirstH2Backend(new MVStore.Builder().fileName(file.toAbsolutePath().toString())
                .compress().autoCommitDisabled().open());
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(DevStackConfig.HOST, port);
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException("Cannot listen on " + DevStackConfig.HOST + ":" + port
                    + " for MongoDB (is something else using it? set MONGO_PORT): " + e.getMessage(), e);
        }
        return new EmbeddedMongo(backend, server, server.getLocalAddress().getPort(), commitIntervalMs);
    }

    public int port() {
        return port;
    }

    public String connectionString() {
        return "mongodb://" + DevStackConfig.HOST + ":" + port;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopCommitting();
        try {
            server.shutdown();
        } finally {
            backend.close();
        }
    }
}
