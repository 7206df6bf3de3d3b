package com.leadtolease.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB-wire store in the launcher JVM: mongo-java-server on an H2 MVStore file. MVStore commits on its own
 * every second; {@link #close()} commits and closes the file so nothing is lost on a clean stop.
 */
public final class EmbeddedMongo implements AutoCloseable {
    private final H2Backend backend;
    private final MongoServer server;
    private final int port;
    private boolean closed;

    private EmbeddedMongo(H2Backend backend, MongoServer server, int port) {
        this.backend = backend;
        this.server = server;
        this.port = port;
    }

    /** Opens (or creates) the store file and listens on {@code 127.0.0.1:port} (0 = any free port). */
    public static EmbeddedMongo start(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        H2Backend backend = new H2Backend(file.toAbsolutePath().toString());
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(DevStackConfig.HOST, port);
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException("Cannot listen on " + DevStackConfig.HOST + ":" + port
                    + " for MongoDB (is something else using it? set MONGO_PORT): " + e.getMessage(), e);
        }
        return new EmbeddedMongo(backend, server, server.getLocalAddress().getPort());
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
        try {
            server.shutdown();
        } finally {
            backend.close();
        }
    }
}
