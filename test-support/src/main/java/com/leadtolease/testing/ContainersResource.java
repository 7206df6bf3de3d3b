package com.leadtolease.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBAtlasLocalContainer;

import java.util.Map;

/**
 * MongoDB Atlas Local (a single-node replica set with Atlas Vector Search) and an Apache Kafka broker in Docker, for
 * the container suites ({@link ContainersProfile}). Both start once per test JVM and are shared by every suite of
 * the module; Testcontainers removes them when the JVM exits. Images can be overridden with the system properties
 * {@code l2l.atlas.image} and {@code l2l.kafka.image}.
 */
public class ContainersResource implements QuarkusTestResourceLifecycleManager {

    static final String ATLAS_IMAGE = System.getProperty("l2l.atlas.image", "mongodb/mongodb-atlas-local:8.0");
    static final String KAFKA_IMAGE = System.getProperty("l2l.kafka.image", "apache/kafka:4.1.1");

    private static MongoDBAtlasLocalContainer atlas;
    private static KafkaContainer kafka;

    @Override
    public Map<String, String> start() {
        startContainers();
        return Map.of("quarkus.mongodb.connection-string", atlas.getConnectionString(),
                "kafka.bootstrap.servers", kafka.getBootstrapServers());
    }

    private static synchronized void startContainers() {
        if (atlas == null) {
            atlas = new MongoDBAtlasLocalContainer(ATLAS_IMAGE);
            atlas.start();
        }
        if (kafka == null) {
            kafka = new KafkaContainer(KAFKA_IMAGE).withEnv("KAFKA_NUM_PARTITIONS", "3");
            kafka.start();
        }
    }

    @Override
    public void stop() {
        // Shared by the module's suites; removed with the JVM.
    }
}
