package com.leadtolease.devstack;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Redrive against a real (embedded, KRaft) broker: dead letters back on their topic, once, without their dead-letter headers. */
class DeadLetterRedriveTest {

    private static EmbeddedKafkaBroker broker;
    private static String bootstrap;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeAll
    static void startBroker() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        int[] ports = FreePorts.allocate(2);
        broker = new EmbeddedKafkaBroker()
                .withNodeId(0)
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(ports[0])
                .withControllerPort(ports[1])
                .withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(props -> {
                    props.put("num.partitions", "1");
                    props.put("auto.create.topics.enable", "true");
                    props.put("group.initial.rebalance.delay.ms", "0");
                })
                .start();
        bootstrap = broker.getAdvertisedListeners().replaceAll("[A-Z_]+://", "");
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void deadLettersGoBackToTheirTopicOnceWithTheirCloudEventHeadersAndWithoutTheDeadLetterOnes() throws Exception {
        String topic = "redrive-" + UUID.randomUUID() + ".events";
        String dlq = topic + ".dlq";
        String firstId = UUID.randomUUID().toString();
        String secondId = UUID.randomUUID().toString();
        publish(dlq, "tour-1", "{\"tourId\":\"tour-1\"}", cloudEvent(firstId), smallRyeDeadLetter(topic, 7));
        publish(dlq, "tour-9", "{\"tourId\":\"tour-9\"}", cloudEvent(UUID.randomUUID().toString()),
                Map.of("dead-letter-reason", "HTTP 500", "dead-letter-topic", topic,
                        "dead-letter-delivery-id", "dlv_abc", "dead-letter-channel", "webhook"));
        publish(dlq, "tour-2", "{\"tourId\":\"tour-2\"}", cloudEvent(secondId), smallRyeDeadLetter(topic, 8));

        DeadLetterRedrive.Counts dryRun = redrive(dlq, Long.MAX_VALUE, true);
        assertThat(dryRun).isEqualTo(new DeadLetterRedrive.Counts(3, 2, 1));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("(dry run)", "to re-publish");
        assertThat(records(topic, Duration.ofSeconds(3), 1)).isEmpty();

        assertThat(redrive(dlq, 2, false)).isEqualTo(new DeadLetterRedrive.Counts(2, 1, 1));
        assertThat(redrive(dlq, Long.MAX_VALUE, false)).isEqualTo(new DeadLetterRedrive.Counts(1, 1, 0));
        assertThat(redrive(dlq, Long.MAX_VALUE, false)).isEqualTo(new DeadLetterRedrive.Counts(0, 0, 0));

        List<ConsumerRecord<String, String>> redriven = records(topic, Duration.ofSeconds(30), 2);
        assertThat(redriven).extracting(ConsumerRecord::key).containsExactly("tour-1", "tour-2");
        assertThat(redriven).extracting(ConsumerRecord::value)
                .containsExactly("{\"tourId\":\"tour-1\"}", "{\"tourId\":\"tour-2\"}");
        ConsumerRecord<String, String> first = redriven.get(0);
        assertThat(headerKeys(first)).containsExactly("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time");
        assertThat(new String(first.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)).isEqualTo(firstId);
        assertThat(new String(redriven.get(1).headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                .isEqualTo(secondId);
        // Nothing more arrives: each record was re-published once.
        assertThat(records(topic, Duration.ofSeconds(3), 3)).hasSize(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("skipped, a failed delivery of notification-service",
                "/api/notifications/deliveries/dlv_abc/retry", dlq + ": 1 read, 1 re-published {" + topic + "=1}, 0 skipped");
    }

    @Test
    void aDeadLetterWithoutItsTopicHeaderGoesBackToTheTopicTheDlqIsNamedAfter() throws Exception {
        String topic = "redrive-" + UUID.randomUUID() + ".events";
        publish(topic + ".dlq", "k", "{}", cloudEvent(UUID.randomUUID().toString()), Map.of("dead-letter-reason", "bad"));

        assertThat(redrive(topic + ".dlq", Long.MAX_VALUE, false)).isEqualTo(new DeadLetterRedrive.Counts(1, 1, 0));
        assertThat(records(topic, Duration.ofSeconds(30), 1)).singleElement()
                .satisfies(record -> assertThat(record.headers().lastHeader("dead-letter-reason")).isNull());
    }

    @Test
    void argumentsAreReadWithTheEnvironmentsBrokerAsDefault() {
        DeadLetterRedrive.Options options = DeadLetterRedrive.parse(new String[]{"bookings.events.dlq", "--max", "5",
                "--dry-run"}, Map.of("KAFKA_PORT", "19092"));
        assertThat(options).isEqualTo(new DeadLetterRedrive.Options("bookings.events.dlq", "127.0.0.1:19092", 5, true));
        assertThat(DeadLetterRedrive.parse(new String[]{"--bootstrap", "kafka:9092", "chat.inbound.dlq"},
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "other:9092")))
                .isEqualTo(new DeadLetterRedrive.Options("chat.inbound.dlq", "kafka:9092", Long.MAX_VALUE, false));
        assertThatThrownBy(() -> DeadLetterRedrive.parse(new String[]{"bookings.events"}, Map.of()))
                .hasMessageContaining("not a dead-letter topic");
        assertThatThrownBy(() -> DeadLetterRedrive.parse(new String[]{}, Map.of())).hasMessageContaining("Which");
        assertThatThrownBy(() -> DeadLetterRedrive.parse(new String[]{"a.dlq", "--max", "0"}, Map.of()))
                .hasMessageContaining("above 0");
    }

    private DeadLetterRedrive.Counts redrive(String dlq, long max, boolean dryRun) {
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return new DeadLetterRedrive(new DeadLetterRedrive.Options(dlq, bootstrap, max, dryRun), out).run();
    }

    private static Map<String, String> cloudEvent(String id) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_type", "com.leadtolease.booking.tour.scheduled.v1");
        headers.put("ce_source", "/booking-service");
        headers.put("ce_time", Instant.parse("2030-05-01T12:00:00Z").toString());
        return headers;
    }

    /** The headers SmallRye's dead-letter-queue strategy adds. */
    private static Map<String, String> smallRyeDeadLetter(String topic, long offset) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("dead-letter-exception-class-name", "com.mongodb.MongoTimeoutException");
        headers.put("dead-letter-reason", "Timed out");
        headers.put("dead-letter-topic", topic);
        headers.put("dead-letter-partition", "0");
        headers.put("dead-letter-offset", Long.toString(offset));
        return headers;
    }

    private static void publish(String topic, String key, String value, Map<String, String> cloudEvent,
                                Map<String, String> deadLetter) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        cloudEvent.forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        deadLetter.forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Everything on the topic, read until {@code enough} records came or {@code within} passed. */
    private static List<ConsumerRecord<String, String>> records(String topic, Duration within, int enough) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + within.toNanos();
            while (records.size() < enough && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static List<String> headerKeys(ConsumerRecord<String, String> record) {
        return Arrays.stream(record.headers().toArray()).map(Header::key).toList();
    }
}
