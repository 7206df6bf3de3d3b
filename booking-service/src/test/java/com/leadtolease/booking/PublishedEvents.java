package com.leadtolease.booking;

import com.leadtolease.contracts.Topics;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** Everything published to bookings.events during the test run, read back from the real broker by one consumer. */
public final class PublishedEvents {

    private static ConsumerTask<String, String> consumer;

    private PublishedEvents() {
    }

    private static synchronized ConsumerTask<String, String> consumer() {
        if (consumer == null) {
            String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
            consumer = new KafkaCompanion(bootstrap).consumeStrings()
                    .withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .withGroupId("booking-tests")
                    .fromTopics(Topics.BOOKINGS_EVENTS);
        }
        return consumer;
    }

    public static List<ConsumerRecord<String, String>> forTour(String tourId) {
        return consumer().getRecords().stream().filter(record -> tourId.equals(record.key())).toList();
    }

    public static List<ConsumerRecord<String, String>> forTour(String tourId, String type) {
        return forTour(tourId).stream().filter(record -> type.equals(header(record, "ce_type"))).toList();
    }

    public static List<ConsumerRecord<String, String>> withId(String eventId) {
        return consumer().getRecords().stream().filter(record -> eventId.equals(header(record, "ce_id"))).toList();
    }

    /** Waits until the tour has at least {@code count} events of the type and returns them. */
    public static List<ConsumerRecord<String, String>> awaitEvents(String tourId, String type, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> forTour(tourId, type).size() >= count);
        return forTour(tourId, type);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return KafkaCompanion.getHeader(record.headers(), name);
    }

    /** Makes sure the consumer is subscribed before a test relies on "nothing arrived". */
    public static void start() {
        consumer();
    }
}
