package com.leadtolease.devstack.reconcile;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Every record of the given topics, read from the beginning to the current end (no consumer group, nothing committed). */
public final class KafkaLedger {

    /** One record: its topic, key, CloudEvent id and type (null when absent) and value. */
    public record Record(String topic, String key, String eventId, String type, String value) {
    }

    private final Map<String, List<Record>> byTopic;

    private KafkaLedger(Map<String, List<Record>> byTopic) {
        this.byTopic = byTopic;
    }

    /** Records already read (tests). */
    static KafkaLedger of(Map<String, List<Record>> byTopic) {
        return new KafkaLedger(new TreeMap<>(byTopic));
    }

    public static KafkaLedger read(String bootstrapServers, Collection<String> topics, Duration timeout) {
        Properties p = new Properties();
        p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.setProperty(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.setProperty(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.setProperty(ConsumerConfig.CLIENT_ID_CONFIG, "devstack-reconcile");
        p.setProperty(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, List<Record>> byTopic = new TreeMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            Map<String, List<PartitionInfo>> existing = consumer.listTopics(timeout);
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                byTopic.put(topic, new ArrayList<>());
                for (PartitionInfo info : existing.getOrDefault(topic, List.of())) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new LinkedHashMap<>(consumer.endOffsets(partitions, timeout));
            end.entrySet().removeIf(e -> consumer.position(e.getKey(), timeout) >= e.getValue());
            while (!end.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka: not every record read within " + timeout.toSeconds()
                            + " s (left: " + end.keySet() + ")");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (end.containsKey(tp) && r.offset() < end.get(tp)) {
                        byTopic.get(r.topic()).add(new Record(r.topic(), r.key(), header(r, "ce_id"),
                                header(r, "ce_type"), r.value()));
                    }
                }
                end.entrySet().removeIf(e -> consumer.position(e.getKey(), timeout) >= e.getValue());
            }
        }
        return new KafkaLedger(byTopic);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public Map<String, List<Record>> byTopic() {
        return byTopic;
    }

    public List<Record> records(String topic) {
        return byTopic.getOrDefault(topic, List.of());
    }
}
