package com.leadtolease.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the launcher can be told, read from environment variables (a map, so tests pass their own).
 *
 * <p>{@code L2L_HOME} repo root (default: the working directory, or its parent when started inside devstack/),
 * {@code L2L_DATA_DIR} (default {@code ./data}, relative to the root), {@code KAFKA_PORT} 9092,
 * {@code KAFKA_CONTROLLER_PORT} 9093, {@code MONGO_PORT} 27017, {@code SMTP_PORT} 2525, {@code MAILBOX_PORT} 8025,
 * the service ports ({@code GATEWAY_PORT} 8080 … {@code NOTIFICATION_PORT} 8085), {@code L2L_SERVICES} (comma
 * separated module names, default all six), {@code L2L_READY_TIMEOUT_SECONDS} 180, {@code L2L_SERVICE_JAVA_OPTS}
 * (default {@code -Xmx320m -XX:TieredStopAtLevel=1}), {@code L2L_KAFKA_JAVA_OPTS} (default
 * {@code -Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}: quick start, C1 only).
 * Set {@code KAFKA_BOOTSTRAP_SERVERS}, {@code MONGODB_URI} or {@code SMTP_HOST} to use an existing Kafka / MongoDB /
 * SMTP server instead of starting one.
 */
public record DevStackConfig(
        Path rootDir,
        Path dataDir,
        int kafkaPort,
        int kafkaControllerPort,
        int mongoPort,
        int smtpPort,
        int mailboxPort,
        Map<ServiceSpec, Integer> servicePorts,
        String externalKafka,
        String externalMongoUri,
        String externalSmtpHost,
        String zapierWebhookSecret,
        List<ServiceSpec> services,
        Duration readyTimeout,
        List<String> serviceJvmOptions,
        List<String> kafkaJvmOptions) {

    /** Everything binds here; nothing of the dev stack is reachable from the network. */
    public static final String HOST = "127.0.0.1";
    private static final String KAFKA_JAVA_OPTS = "-Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    public DevStackConfig {
        servicePorts = Collections.unmodifiableMap(new EnumMap<>(servicePorts));
        services = List.copyOf(services);
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        kafkaJvmOptions = List.copyOf(kafkaJvmOptions);
    }

    public static DevStackConfig fromEnvironment(Map<String, String> env) {
        Path root = rootDir(env);
        Path data = root.resolve(value(env, "L2L_DATA_DIR", "data")).toAbsolutePath().normalize();
        Map<ServiceSpec, Integer> ports = new EnumMap<>(ServiceSpec.class);
        for (ServiceSpec spec : ServiceSpec.values()) {
            ports.put(spec, port(env, spec.portEnv(), spec.defaultPort()));
        }
        List<ServiceSpec> services = new ArrayList<>();
        String selected = value(env, "L2L_SERVICES", "");
        if (selected.isBlank()) {
            services.addAll(Arrays.asList(ServiceSpec.values()));
        } else {
            for (String module : selected.split(",")) {
                if (!module.isBlank()) {
                    services.add(ServiceSpec.byModule(module));
                }
            }
        }
        return new DevStackConfig(
                root,
                data,
                port(env, "KAFKA_PORT", 9092),
                port(env, "KAFKA_CONTROLLER_PORT", 9093),
                port(env, "MONGO_PORT", 27017),
                port(env, "SMTP_PORT", 2525),
                port(env, "MAILBOX_PORT", 8025),
                ports,
                blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS")),
                blankToNull(env.get("MONGODB_URI")),
                blankToNull(env.get("SMTP_HOST")),
                blankToNull(env.get("ZAPIER_WEBHOOK_SECRET")),
                services,
                Duration.ofSeconds(Long.parseLong(value(env, "L2L_READY_TIMEOUT_SECONDS", "180"))),
                options(value(env, "L2L_SERVICE_JAVA_OPTS", "-Xmx320m -XX:TieredStopAtLevel=1")),
                options(value(env, "L2L_KAFKA_JAVA_OPTS", KAFKA_JAVA_OPTS)));
    }

    private static List<String> options(String value) {
        return List.of(value.trim().split("\\s+"));
    }

    /**
     * The environment for a stack on free ports (tests, benchmark): every port set, nothing external.
     * Callers may add or override entries before {@link #fromEnvironment}.
     */
    public static Map<String, String> freePortEnvironment(Path rootDir, Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("L2L_HOME", rootDir.toAbsolutePath().toString());
        env.put("L2L_DATA_DIR", dataDir.toAbsolutePath().toString());
        String[] keys = {"KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "MONGO_PORT", "SMTP_PORT", "MAILBOX_PORT"};
        int[] ports = FreePorts.allocate(keys.length + ServiceSpec.values().length);
        int i = 0;
        for (String key : keys) {
            env.put(key, Integer.toString(ports[i++]));
        }
        for (ServiceSpec spec : ServiceSpec.values()) {
            env.put(spec.portEnv(), Integer.toString(ports[i++]));
        }
        return env;
    }

    public int port(ServiceSpec spec) {
        return servicePorts.get(spec);
    }

    public String serviceUrl(ServiceSpec spec) {
        return "http://" + HOST + ":" + port(spec);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path pidFile() {
        return dataDir.resolve("devstack.pid");
    }

    public Path quarkusRunJar(ServiceSpec spec) {
        return rootDir.resolve(spec.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The repo root: {@code L2L_HOME}, else the working directory (or its parent when that is devstack/). */
    public static Path rootDir(Map<String, String> env) {
        String home = blankToNull(env.get("L2L_HOME"));
        if (home != null) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (!Files.isDirectory(cwd.resolve("devstack")) && cwd.getParent() != null
                && Files.isDirectory(cwd.getParent().resolve("devstack"))) {
            return cwd.getParent();
        }
        return cwd;
    }

    private static int port(Map<String, String> env, String key, int defaultPort) {
        String raw = value(env, key, Integer.toString(defaultPort)).trim();
        try {
            int port = Integer.parseInt(raw);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + raw + " is not a TCP port");
        }
    }

    private static String value(Map<String, String> env, String key, String defaultValue) {
        String raw = blankToNull(env.get(key));
        return raw == null ? defaultValue : raw;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
