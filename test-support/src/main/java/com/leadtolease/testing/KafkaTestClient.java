package com.leadtolease.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Plain Kafka clients against the test broker: produce CloudEvents as another service would, read topics back. */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** A binary-mode CloudEvent as {@code source} publishes it (ce_* headers, key = aggregate id). */
    public static void sendCloudEvent(String source, String topic, String key, String id, String type, String subject,
                                      Instant time, String value) {
        send(topic, key, value, Map.of(
                "ce_specversion", "1.0",
                "ce_id", id,
                "ce_type", type,
                "ce_source", source,
                "ce_subject", subject,
                "ce_time", time.toString(),
                "content-type", "application/json"));
    }

    /** The same with a fresh event id, the key as subject and the current time. */
    public static void sendCloudEvent(String source, String topic, String key, String type, String value) {
        sendCloudEvent(source, topic, key, UUID.randomUUID().toString(), type, key, Instant.now(), value);
    }

    public static void send(String topic, String key, String value, Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not produce to " + topic, e);
        }
    }

    /** Reads the topic from the beginning until a record matches, or fails after the timeout. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> matcher,
                                                             Duration timeout) {
        return awaitRecords(topic, matcher, 1, timeout).get(0);
    }

    /** Reads the topic from the beginning until {@code count} records match; fails after the timeout. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, Predicate<ConsumerRecord<String, String>> matcher,
                                                                    int count, Duration timeout) {
        List<String> seen = new ArrayList<>();
        List<ConsumerRecord<String, String>> matches = read(topic, matcher, count, timeout, seen);
        if (matches.size() < count) {
            throw new AssertionError("Expected " + count + " matching record(s) on " + topic + " within " + timeout
                    + ", found " + matches.size() + "; " + seen.size() + " records seen (key, ce_type), the last ones: "
                    + seen.subList(Math.max(0, seen.size() - 20), seen.size()));
        }
        return matches;
    }

    /**
     * Like {@link #awaitRecords}, counting each CloudEvent once (by {@code ce_id}, first delivery kept): the outbox
     * relays deliver at least once, so a test of what was published must not count a redelivery twice.
     */
    public static List<ConsumerRecord<String, String>> awaitEvents(String topic,
                                                                   Predicate<ConsumerRecord<String, String>> matcher,
                                                                   int count, Duration timeout) {
        Set<String> ids = new HashSet<>();
        return awaitRecords(topic, record -> matcher.test(record)
                && ids.add(header(record, "ce_id").orElse(record.topic() + "@" + record.offset())), count, timeout);
    }

    /** Every matching record of the topic, reading from the beginning for {@code duration}. */
    public static List<ConsumerRecord<String, String>> readFor(String topic, Predicate<ConsumerRecord<String, String>> matcher,
                                                               Duration duration) {
        return read(topic, matcher, Integer.MAX_VALUE, duration, new ArrayList<>());
    }

    private static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> matcher,
                                                             int count, Duration timeout, List<String> seen) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> matches = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                consumer.partitionsFor(topic, Duration.ofSeconds(5))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline && matches.size() < count) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + " " + header(record, "ce_type").orElse("-"));
                    if (matcher.test(record)) {
                        matches.add(record);
                    }
                }
            }
        }
        return matches;
    }

    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    public static Predicate<ConsumerRecord<String, String>> withHeader(String name, String value) {
        return record -> header(record, name).filter(value::equals).isPresent();
    }
}
