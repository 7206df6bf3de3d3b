package com.leadtolease.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.net.InetSocketAddress;
import java.util.Map;

/** A real MongoDB-wire server (mongo-java-server, in memory) on a random loopback port. */
public class MongoServerResource implements QuarkusTestResourceLifecycleManager {

    private MongoServer server;

    @Override
    public Map<String, String> start() {
        server = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        return Map.of("quarkus.mongodb.connection-string",
                "mongodb://127.0.0.1:" + address.getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdownNow();
        }
    }
}
