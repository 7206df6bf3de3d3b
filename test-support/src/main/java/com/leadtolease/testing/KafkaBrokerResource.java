package com.leadtolease.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A real single-node KRaft Kafka broker inside the test JVM, on random loopback ports. */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        ensureTempDirExists();
        broker = new EmbeddedKafkaBroker()
                .withNodeId(0)
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(freePort())
                .withControllerPort(freePort())
                .withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(props -> {
                    props.put("num.partitions", "3");
                    props.put("auto.create.topics.enable", "true");
                    props.put("group.initial.rebalance.delay.ms", "0");
                })
                .start();
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    private String bootstrapServers() {
        return broker.getAdvertisedListeners().replaceAll("[A-Z_]+://", "");
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    /** Surefire points java.io.tmpdir into target/; make sure it exists before Kafka formats its log dir. */
    private static void ensureTempDirExists() {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
