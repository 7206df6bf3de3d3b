package com.leadtolease.gateway.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.testing.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Plays agent-service on the test broker: reads every new chat.inbound record and answers on chat.outbound after a
 * short think, like the agent does. Sessions named {@code gone-*} are expired (410), actions on {@code unknown-*}
 * sessions are unknown (404), and the text {@code silence} is never answered.
 */
final class FakeAgent implements AutoCloseable {

    static final String SILENCE = "silence";
    private static final long THINK_MILLIS = 300;

    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final KafkaConsumer<String, String> consumer;
    private final Thread worker;

    private FakeAgent() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        while (partitions.isEmpty()) {
            consumer.partitionsFor(Topics.CHAT_INBOUND, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(Topics.CHAT_INBOUND, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        worker = new Thread(this::run, "fake-agent");
        worker.setDaemon(true);
        worker.start();
    }

    static FakeAgent start() {
        return new FakeAgent();
    }

    /** The data of every chat.inbound record seen, in order. */
    List<JsonNode> received() {
        return List.copyOf(received);
    }

    List<JsonNode> receivedFor(String sessionId) {
        return received.stream().filter(d -> sessionId.equals(d.path("sessionId").asText())).toList();
    }

    private void run() {
        try {
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    JsonNode data = json.readTree(record.value());
                    received.add(data);
                    Thread.sleep(THINK_MILLIS);
                    answer(data);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (running.get()) {
                throw new IllegalStateException(e);
            }
        } finally {
            consumer.close();
        }
    }

    private void answer(JsonNode data) throws Exception {
        String sessionId = data.path("sessionId").asText();
        String messageId = data.path("messageId").asText();
        String kind = data.path("kind").asText();
        if (sessionId.startsWith("gone-")) {
            fail(sessionId, messageId, 410, "Gone", "Conversation " + sessionId + " has expired");
        } else if (sessionId.startsWith("invalid-")) {
            fail(sessionId, messageId, 400, "Bad Request", "payload.propertyId: no such property",
                    List.of(Map.of("field", "payload.propertyId", "message", "no such property")));
        } else if (sessionId.startsWith("unknown-") && "action".equals(kind)) {
            fail(sessionId, messageId, 404, "Not found", "No conversation with sessionId " + sessionId);
        } else if (SILENCE.equals(data.path("text").asText())) {
            return;
        } else {
            String text = switch (kind) {
                case "start" -> "Hi! I can help you find a home" + (data.hasNonNull("propertyId")
                        ? " at " + data.get("propertyId").asText() : "") + ".";
                case "action" -> "Done: " + data.path("actionType").asText();
                default -> "You said: " + data.path("text").asText();
            };
            Map<String, Object> reply = Map.of("sessionId", sessionId, "inReplyTo", messageId, "reply", text,
                    "stage", "qualifying",
                    "cards", List.of(Map.of("type", "listing", "propertyId", "katy-grand-oaks", "name", "Grand Oaks")),
                    "quickReplies", List.of("Show me listings"), "actions", List.of(),
                    "guardrail", Map.of("handoff", false));
            KafkaTestClient.sendCloudEvent("/agent-service", Topics.CHAT_OUTBOUND, sessionId, EventTypes.AGENT_REPLIED,
                    json.writeValueAsString(reply));
        }
    }

    private void fail(String sessionId, String messageId, int status, String title, String detail) throws Exception {
        fail(sessionId, messageId, status, title, detail, List.of());
    }

    private void fail(String sessionId, String messageId, int status, String title, String detail,
                      List<Map<String, String>> errors) throws Exception {
        Map<String, Object> failure = Map.of("sessionId", sessionId, "inReplyTo", messageId, "status", status,
                "title", title, "detail", detail, "errors", errors);
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.CHAT_OUTBOUND, sessionId, EventTypes.CHAT_TURN_FAILED,
                json.writeValueAsString(failure));
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        worker.join(5_000);
    }
}
