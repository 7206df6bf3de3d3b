package com.leadtolease.devstack;

import com.leadtolease.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./dev.sh redrive <dlq-topic> [--bootstrap host:port] [--max N] [--dry-run]}: sends the records of a
 * dead-letter topic back to the topic they came from, once their cause is fixed.
 * <p>
 * Reads the DLQ as group {@value #GROUP} from its committed offset up to the end the topic had at the start, and
 * re-publishes each record to its {@code dead-letter-topic} header's topic with its key, value and other headers (the
 * CloudEvent {@code ce_*} ones) unchanged and the {@code dead-letter-*} headers dropped; the offset is committed after
 * each publish is acknowledged, so a second run starts where the first stopped. Running it twice over the same records
 * is harmless: every consumer deduplicates by event id (or message id, idempotency key).
 * <p>
 * Skipped (committed, not re-published): notification-service's own dead letters, which carry
 * {@value #DELIVERY_ID_HEADER}: their event was read and recorded, one delivery of it failed for good, and the
 * consumer would find its delivery again; such a delivery is resent with {@code POST
 * /api/notifications/deliveries/{id}/retry}.
 */
public final class DeadLetterRedrive {

    static final String GROUP = "dead-letter-redrive";
    static final String DEAD_LETTER_PREFIX = "dead-letter-";
    static final String ORIGINAL_TOPIC_HEADER = "dead-letter-topic";
    static final String DELIVERY_ID_HEADER = "dead-letter-delivery-id";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** What to redrive; {@code max} bounds the records read (re-published or skipped). */
    record Options(String deadLetterTopic, String bootstrapServers, long max, boolean dryRun) {
    }

    /** What a run did. */
    record Counts(long read, long republished, long skipped) {
    }

    private final Options options;
    private final PrintStream out;

    DeadLetterRedrive(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: ./dev.sh redrive <dlq-topic> [--bootstrap host:port] [--max N] [--dry-run]");
            System.exit(2);
            return;
        }
        try {
            new DeadLetterRedrive(options, System.out).run();
        } catch (RuntimeException e) {
            System.err.println("Redrive of " + options.deadLetterTopic() + " stopped: " + e.getMessage());
            System.exit(1);
        }
    }

    static Options parse(String[] args, Map<String, String> env) {
        String topic = null;
        String bootstrap = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS",
                "127.0.0.1:" + env.getOrDefault("KAFKA_PORT", "9092"));
        long max = Long.MAX_VALUE;
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = value(args, ++i, "--bootstrap");
                case "--max" -> {
                    try {
                        max = Long.parseLong(value(args, ++i, "--max"));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--max needs a number, not " + args[i]);
                    }
                    if (max < 1) {
                        throw new IllegalArgumentException("--max needs a number above 0");
                    }
                }
                case "--dry-run" -> dryRun = true;
                default -> {
                    if (args[i].startsWith("--") || topic != null) {
                        throw new IllegalArgumentException("Unknown argument: " + args[i]);
                    }
                    topic = args[i];
                }
            }
        }
        if (topic == null) {
            throw new IllegalArgumentException("Which dead-letter topic? e.g. " + Topics.deadLetter(Topics.BOOKINGS_EVENTS));
        }
        if (!topic.endsWith(Topics.deadLetter(""))) {
            throw new IllegalArgumentException(topic + " is not a dead-letter topic (<topic>" + Topics.deadLetter("") + ")");
        }
        return new Options(topic, bootstrap, max, dryRun);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    Counts run() {
        String dlq = options.deadLetterTopic();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig());
             KafkaProducer<byte[], byte[]> producer = options.dryRun() ? null : new KafkaProducer<>(producerConfig())) {
            List<TopicPartition> partitions = partitionsOf(consumer, dlq);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions), TIMEOUT);
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata from = committed.get(partition);
                if (from == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, from.offset());
                }
            }
            out.printf("%s%s: group %s, from its committed offset to the end at the start of this run%n",
                    options.dryRun() ? "Dry run: " : "", dlq, GROUP);
            long read = 0;
            long republished = 0;
            long skipped = 0;
            Map<String, Long> perTopic = new HashMap<>();
            Instant idleSince = Instant.now();
            while (read < options.max() && !atEnd(consumer, partitions, end)) {
                boolean progressed = false;
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (read >= options.max() || record.offset() >= end.get(partition)) {
                        continue; // past what this run redrives; not committed, so the next run reads it
                    }
                    progressed = true;
                    read++;
                    String where = record.partition() + ":" + record.offset();
                    String event = header(record.headers(), "ce_type").orElse("?") + " "
                            + header(record.headers(), "ce_id").orElse("(no ce_id)");
                    Optional<String> deliveryId = header(record.headers(), DELIVERY_ID_HEADER);
                    if (deliveryId.isPresent()) {
                        skipped++;
                        out.printf("  %s %s: skipped, a failed delivery of notification-service (resend it with POST "
                                + "/api/notifications/deliveries/%s/retry)%n", where, event, deliveryId.get());
                    } else {
                        String original = originalTopic(record.headers(), dlq);
                        if (!options.dryRun()) {
                            send(producer, new ProducerRecord<>(original, null, record.key(), record.value(),
                                    withoutDeadLetterHeaders(record.headers())));
                        }
                        republished++;
                        perTopic.merge(original, 1L, Long::sum);
                        out.printf("  %s %s -> %s%s%n", where, event, original, options.dryRun() ? " (dry run)" : "");
                    }
                    if (!options.dryRun()) {
                        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)), TIMEOUT);
                    }
                }
                if (progressed) {
                    idleSince = Instant.now();
                } else if (Duration.between(idleSince, Instant.now()).compareTo(TIMEOUT) > 0) {
                    throw new IllegalStateException("no record came for " + TIMEOUT.toSeconds() + " s before the end "
                            + "of " + dlq + " (is the broker at " + options.bootstrapServers() + " up?)");
                }
            }
            Counts counts = new Counts(read, republished, skipped);
            out.printf("%s: %d read, %d %s%s, %d skipped%n", dlq, counts.read(), counts.republished(),
                    options.dryRun() ? "to re-publish" : "re-published", perTopic.isEmpty() ? "" : " " + perTopic,
                    counts.skipped());
            return counts;
        }
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("no topic " + topic);
        }
        return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private static boolean atEnd(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
                                 Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(p -> consumer.position(p, TIMEOUT) >= end.get(p));
    }

    /** The topic SmallRye (or notification-service) named; else the DLQ's name without its suffix. */
    static String originalTopic(Headers headers, String deadLetterTopic) {
        return header(headers, ORIGINAL_TOPIC_HEADER).filter(t -> !t.isBlank())
                .orElse(deadLetterTopic.substring(0, deadLetterTopic.length() - Topics.deadLetter("").length()));
    }

    static Headers withoutDeadLetterHeaders(Headers headers) {
        RecordHeaders kept = new RecordHeaders();
        for (Header header : headers) {
            if (!header.key().startsWith(DEAD_LETTER_PREFIX)) {
                kept.add(header);
            }
        }
        return kept;
    }

    private static Optional<String> header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, ProducerRecord<byte[], byte[]> record) {
        try {
            producer.send(record).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-publishing to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("re-publishing to " + record.topic() + " failed: " + e, e);
        }
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    }

    private Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    }
}
