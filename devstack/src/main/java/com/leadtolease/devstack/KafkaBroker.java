package com.leadtolease.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Apache Kafka broker (KRaft, broker + controller in one process) as a child JVM on the
 * launcher's own classpath. Its files live in {@code <dir>}: {@code server.properties} and {@code logs/} (the
 * partitions); stdout/stderr go to the given log file.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final String LOG4J_CONFIG = "devstack-kafka-log4j2.xml";

    private final Path dir;
    private final Path logFile;
    private final int port;
    private final int controllerPort;
    private final String classpath;
    private final List<String> jvmOptions;
    private ChildProcess process;
    private boolean closed;

    public KafkaBroker(Path dir, Path logFile, int port, int controllerPort, List<String> jvmOptions) {
        this(dir, logFile, port, controllerPort, jvmOptions, System.getProperty("java.class.path"));
    }

    KafkaBroker(Path dir, Path logFile, int port, int controllerPort, List<String> jvmOptions, String classpath) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.dir = dir.toAbsolutePath();
        this.logFile = logFile.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.classpath = absolute(classpath);
    }

    /** The child runs in its own folder: relative class path entries (dev.sh uses some) must become absolute. */
    static String absolute(String classpath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*") || entry.endsWith(java.io.File.separator + "*")) {
                Path folder = Path.of(entry.substring(0, entry.length() - 1).isEmpty() ? "." : entry.substring(0, entry.length() - 1));
                entries.add(folder.toAbsolutePath().normalize() + java.io.File.separator + "*");
            } else {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    public String bootstrapServers() {
        return DevStackConfig.HOST + ":" + port;
    }

    /** Formats the log dir on first use, starts the broker and waits until an admin client can list topics. */
    public KafkaBroker start(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path properties = writeServerProperties();
        if (!Files.exists(logDirs().resolve("meta.properties"))) {
            format(properties);
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("closed before start-up finished");
            }
            process = ChildProcess.start("kafka", javaCommand("kafka.Kafka", properties.toString()), Map.of(), dir, logFile);
        }
        awaitReady(deadline);
        return this;
    }

    /** Creates the topics (name → partitions, replication 1); existing ones are left alone. */
    public void createTopics(Map<String, Integer> partitionsByTopic) throws InterruptedException {
        try (Admin admin = Admin.create(adminProperties())) {
            List<NewTopic> topics = new ArrayList<>();
            partitionsByTopic.forEach((name, partitions) -> topics.add(new NewTopic(name, partitions, (short) 1)));
            CreateTopicsResult result = admin.createTopics(topics);
            for (Map.Entry<String, ? extends org.apache.kafka.common.KafkaFuture<Void>> entry : result.values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + entry.getKey() + ": " + e.getCause(), e.getCause());
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("Timed out creating topic " + entry.getKey(), e);
                }
            }
        }
    }

    public ChildProcess process() {
        return process;
    }

    /** The broker pid and every descendant seen (for "nothing survives" checks). */
    public synchronized List<ProcessHandle> processHandles() {
        return process == null ? List.of() : process.handles();
    }

    /**
     * Stops the broker (SIGTERM, then SIGKILL after 30 s) but keeps its log dirs: {@link #start} brings it back on the
     * same ports with the same partitions and committed offsets (fault tests: "Kafka is away for a while").
     */
    public void stop() {
        ChildProcess running;
        synchronized (this) {
            running = process;
        }
        if (running != null) {
            running.stop(Duration.ofSeconds(30));
        }
    }

    @Override
    public void close() {
        ChildProcess running;
        synchronized (this) {
            closed = true;
            running = process;
        }
        if (running != null) {
            running.stop(Duration.ofSeconds(30));
        }
    }

    private Path logDirs() {
        return dir.resolve("logs");
    }

    private Path writeServerProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.bootstrap.servers", DevStackConfig.HOST + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + DevStackConfig.HOST + ":" + port + ",CONTROLLER://" + DevStackConfig.HOST + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + DevStackConfig.HOST + ":" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", logDirs().toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "10");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("log.retention.hours", "168");
        try {
            Files.createDirectories(logDirs());
            Path file = dir.resolve("server.properties");
            try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(writer, "written by devstack on every start; edit DevStackConfig / env vars instead");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void format(Path properties) throws InterruptedException {
        String clusterId = Uuid.randomUuid().toString();
        Log.info("formatting Kafka log dir " + logDirs() + " (cluster id " + clusterId + ")");
        ChildProcess tool = ChildProcess.start("kafka-storage-format",
                javaCommand("kafka.tools.StorageTool", "format", "--standalone", "-t", clusterId, "-c", properties.toString()),
                Map.of(), dir, logFile.resolveSibling("kafka-storage-format.log"));
        int exit = tool.waitFor(Duration.ofSeconds(60));
        if (exit != 0) {
            throw new IllegalStateException("Formatting the Kafka log dir failed (exit " + exit + "):\n" + tool.tail(30));
        }
    }

    private void awaitReady(long deadline) throws InterruptedException {
        Properties admin = adminProperties();
        admin.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        admin.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        admin.setProperty(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        try (Admin client = Admin.create(admin)) {
            Exception last = null;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited with code " + process.process().exitValue()
                            + " during start-up; last lines of " + logFile + ":\n" + process.tail(40));
                }
                try {
                    client.listTopics().names().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    last = e;
                    Thread.sleep(250);
                }
            }
            throw new IllegalStateException("Kafka did not answer on " + bootstrapServers() + " in time (" + last
                    + "); last lines of " + logFile + ":\n" + process.tail(40));
        }
    }

    private Properties adminProperties() {
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.setProperty(AdminClientConfig.CLIENT_ID_CONFIG, "devstack-admin");
        return p;
    }

    private List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + LOG4J_CONFIG,
                "-Dkafka.logs.dir=" + logFile.getParent(),
                "-cp", classpath,
                mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
