package com.leadtolease.devstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

    @Test
    void realBrokerInAChildJvmProducesConsumesAndStopsCompletely() throws Exception {
        Path dir = TestDirs.create("kafka");
        int[] ports = FreePorts.allocate(2);
        List<ProcessHandle> handles;
        KafkaBroker broker = new KafkaBroker(dir.resolve("kafka"), dir.resolve("logs/kafka.log"), ports[0], ports[1],
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
        try {
            broker.start(Duration.ofSeconds(90));
            assertThat(broker.process().pid()).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(dir.resolve("kafka/logs/meta.properties")).exists();

            broker.createTopics(Map.of("devstack.test", 3, "devstack.test.dlq", 1));
            broker.createTopics(Map.of("devstack.test", 3)); // exists already: ignored
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                Map<String, TopicDescription> topics = admin.describeTopics(List.of("devstack.test", "devstack.test.dlq"))
                        .allTopicNames().get(30, TimeUnit.SECONDS);
                assertThat(topics.get("devstack.test").partitions()).hasSize(3);
                assertThat(topics.get("devstack.test.dlq").partitions()).hasSize(1);
            }

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                producer.send(new ProducerRecord<>("devstack.test", "tour-1", "{\"hello\":\"kafka\"}")).get(30, TimeUnit.SECONDS);
            }
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "devstack-test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
                consumer.subscribe(List.of("devstack.test"));
                List<ConsumerRecord<String, String>> received = new ArrayList<>();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (received.isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                }
                assertThat(received).hasSize(1);
                assertThat(received.get(0).key()).isEqualTo("tour-1");
                assertThat(received.get(0).value()).isEqualTo("{\"hello\":\"kafka\"}");
            }
        } finally {
            handles = broker.processHandles();
            broker.close();
        }
        assertThat(handles).isNotEmpty();
        assertThat(handles).noneMatch(ProcessHandle::isAlive);
        assertThat(dir.resolve("logs/kafka.log")).exists();
    }
}
