package com.leadtolease.analytics;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command against a real (embedded, KRaft) broker holding the recorded events as the services publish them. */
class AnalyticsMainTest {
    private static EmbeddedKafkaBroker broker;
    private static String bootstrap;

    @BeforeAll
    static void startBrokerWithTheRecordedEvents() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
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
        bootstrap = broker.getAdvertisedListeners().replaceAll("[A-Z_]+://", "");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (RecordedEvents.Recorded recorded : RecordedEvents.all()) {
                ProducerRecord<String, String> record = new ProducerRecord<>(recorded.topic(), recorded.key(),
                        recorded.value());
                recorded.headers().forEach((name, value) ->
                        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record).get();
            }
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void printsTheFunnelOfEverythingOnTheTopicsAndStopsWhenIdle() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        long started = System.nanoTime();

        boolean subscribed = AnalyticsMain.run(new AnalyticsMain.Options(bootstrap, Duration.ofSeconds(2),
                "analytics-test"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(subscribed).isTrue();
        String expected = new FunnelReport(RecordedEvents.EXPECTED).render();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("Lead-to-Lease funnel from leads.events, bookings.events, agent.actions "
                        + "(14 records, 1 not CloudEvents)" + System.lineSeparator() + expected);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aSecondRunInTheSameGroupReadsFromTheBeginningAgain() {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        AnalyticsMain.Options options = new AnalyticsMain.Options(bootstrap, Duration.ofSeconds(2), "analytics-rerun");

        AnalyticsMain.run(options, new PrintStream(first, true, StandardCharsets.UTF_8));
        AnalyticsMain.run(options, new PrintStream(second, true, StandardCharsets.UTF_8));

        assertThat(second.toString(StandardCharsets.UTF_8)).contains("(14 records")
                .isEqualTo(first.toString(StandardCharsets.UTF_8));
    }

    @Test
    void saysSoWhenNoBrokerAnswers() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        assertThat(AnalyticsMain.run(new AnalyticsMain.Options("127.0.0.1:" + freePort(), Duration.ofSeconds(1),
                "analytics-nobroker"), new PrintStream(printed, true, StandardCharsets.UTF_8))).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("(0 records");
    }

    @Test
    void readsItsOptions() {
        assertThat(AnalyticsMain.parse(new String[0])).isEqualTo(AnalyticsMain.Options.DEFAULTS);
        assertThat(AnalyticsMain.parse(new String[]{"--bootstrap", "kafka:9092", "--idle-seconds", "9"}))
                .isEqualTo(new AnalyticsMain.Options("kafka:9092", Duration.ofSeconds(9), "analytics-example"));
        assertThatThrownBy(() -> AnalyticsMain.parse(new String[]{"--idle-seconds", "0"}))
                .hasMessageContaining("between 1 and 3600");
        assertThatThrownBy(() -> AnalyticsMain.parse(new String[]{"--topic"}))
                .hasMessageContaining("unknown option --topic");
        assertThatThrownBy(() -> AnalyticsMain.parse(new String[]{"--bootstrap"}))
                .hasMessageContaining("needs a value");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
