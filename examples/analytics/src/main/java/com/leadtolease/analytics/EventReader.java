package com.leadtolease.analytics;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Reads topics with a Kafka consumer and hands each CloudEvent on, until no record came for the idle time, so it can
 * run as a command. Records that are no CloudEvent are counted and skipped.
 */
public final class EventReader {
    private static final Duration POLL = Duration.ofMillis(250);

    private final Consumer<String, String> consumer;
    private final CloudEventCodec codec;
    private final Duration idle;
    private final Clock clock;

    public EventReader(Consumer<String, String> consumer, CloudEventCodec codec, Duration idle, Clock clock) {
        this.consumer = consumer;
        this.codec = codec;
        this.idle = idle;
        this.clock = clock;
    }

    /** What one run read; {@code subscribed} is false when no partition was ever assigned (no broker, no topic). */
    public record Outcome(long records, long skipped, boolean subscribed) {
    }

    public Outcome readAll(Collection<String> topics, java.util.function.Consumer<CloudEvent> sink) {
        consumer.subscribe(topics);
        long records = 0;
        long skipped = 0;
        Instant lastActivity = clock.instant();
        boolean assigned = false;
        while (true) {
            ConsumerRecords<String, String> batch = consumer.poll(POLL);
            if (!assigned && !consumer.assignment().isEmpty()) {
                assigned = true; // joining the group may take seconds: the idle time starts once partitions are ours
                lastActivity = clock.instant();
            }
            if (batch.isEmpty()) {
                if (!Duration.between(lastActivity, clock.instant()).minus(idle).isNegative()) {
                    return new Outcome(records, skipped, assigned);
                }
                continue;
            }
            lastActivity = clock.instant();
            for (ConsumerRecord<String, String> record : batch) {
                records++;
                var event = codec.read(name -> header(record, name), record.key(), record.value());
                if (event.isPresent()) {
                    sink.accept(event.get());
                } else {
                    skipped++;
                }
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
