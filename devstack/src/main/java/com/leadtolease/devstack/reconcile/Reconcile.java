package com.leadtolease.devstack.reconcile;

import com.leadtolease.devstack.DevStackConfig;

import java.time.Duration;

/**
 * {@code ./dev.sh reconcile [--settle S]}: checks the running local stack (same env as {@code ./dev.sh}: ports,
 * L2L_DATA_DIR, MONGODB_URI, KAFKA_BOOTSTRAP_SERVERS) and prints the table. Exit 0 consistent, 1 lost or doubled,
 * 2 could not read (or bad arguments).
 */
public final class Reconcile {

    private Reconcile() {
    }

    public static void main(String[] args) {
        Duration settle = Duration.ZERO;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--settle") && i + 1 < args.length) {
                try {
                    settle = Duration.ofSeconds(Long.parseLong(args[++i]));
                } catch (NumberFormatException e) {
                    usage();
                }
            } else {
                usage();
            }
        }
        System.exit(run(DevStackConfig.fromEnvironment(System.getenv()), settle));
    }

    /** Prints the report; answers the exit code. */
    public static int run(DevStackConfig config, Duration settle) {
        Reconciler.Sources sources = sources(config);
        try {
            Report report = Reconciler.run(sources, settle);
            report.print(System.out);
            return report.consistent() ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        } catch (RuntimeException e) {
            System.err.println("reconcile: could not read the stack: " + e);
            return 2;
        }
    }

    public static Reconciler.Sources sources(DevStackConfig config) {
        String mongo = config.externalMongoUri() != null ? config.externalMongoUri()
                : "mongodb://" + DevStackConfig.HOST + ":" + config.mongoPort();
        String kafka = config.externalKafka() != null ? config.externalKafka()
                : DevStackConfig.HOST + ":" + config.kafkaPort();
        return new Reconciler.Sources(mongo, kafka, config.dataDir().resolve("mail"),
                com.leadtolease.devstack.DevStack.topics());
    }

    private static void usage() {
        System.err.println("usage: ./dev.sh reconcile [--settle SECONDS]");
        System.exit(2);
    }
}
