package com.leadtolease.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar examples/analytics/target/analytics.jar [--bootstrap host:port] [--idle-seconds n] [--group id]}:
 * reads leads.events, bookings.events and agent.actions from the beginning and prints the funnel per day and property.
 */
public final class AnalyticsMain {
    static final List<String> TOPICS = List.of("leads.events", "bookings.events", "agent.actions");

    record Options(String bootstrap, Duration idle, String group) {
        static final Options DEFAULTS = new Options("localhost:9092", Duration.ofSeconds(5), "analytics-example");
    }

    private AnalyticsMain() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: analytics [--bootstrap host:port] [--idle-seconds n] [--group id]");
            System.exit(2);
            return;
        }
        if (!run(options, System.out)) {
            System.err.println("No partition of " + TOPICS + " was assigned within " + options.idle().toSeconds()
                    + " s: is Kafka running at " + options.bootstrap() + " and are the topics created?");
            System.exit(1);
        }
    }

    /** Prints the funnel; false when the consumer never got a partition to read. */
    static boolean run(Options options, PrintStream out) {
        Funnel funnel = new Funnel();
        EventReader.Outcome outcome;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(options))) {
            outcome = new EventReader(consumer, new CloudEventCodec(new ObjectMapper()), options.idle(),
                    Clock.systemUTC()).readAll(TOPICS, funnel::accept);
        }
        out.printf("Lead-to-Lease funnel from %s (%d records, %d not CloudEvents)%n", String.join(", ", TOPICS),
                outcome.records(), outcome.skipped());
        out.print(funnel.report().render());
        return outcome.subscribed();
    }

    /** Its own group, never committing: every run reads the topics from the beginning. */
    static Map<String, Object> consumerConfig(Options options) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, options.group(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    }

    static Options parse(String[] args) {
        Options options = Options.DEFAULTS;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!List.of("--bootstrap", "--idle-seconds", "--group").contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            options = switch (name) {
                case "--bootstrap" -> new Options(value, options.idle(), options.group());
                case "--idle-seconds" -> new Options(options.bootstrap(), Duration.ofSeconds(seconds(value)),
                        options.group());
                case "--group" -> new Options(options.bootstrap(), options.idle(), value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            };
        }
        return options;
    }

    private static long seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds < 1 || seconds > 3600) {
                throw new IllegalArgumentException("--idle-seconds must be between 1 and 3600");
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--idle-seconds must be a number of seconds");
        }
    }
}
