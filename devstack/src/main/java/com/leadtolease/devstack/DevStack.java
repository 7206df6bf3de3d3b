package com.leadtolease.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local stack in one command: Kafka (child JVM), the Mongo-wire store and SMTP + mailbox (in this JVM), the six
 * services (child JVMs); waits until all are ready. {@link #close()} stops exactly what was started, services first.
 *
 * <p>Run by {@code ./dev.sh} through {@link Launcher}; tests and the benchmark use {@link #start(DevStackConfig)}
 * directly.
 */
public final class DevStack implements AutoCloseable {
    private volatile DevAuth.SignIn signIn;
    private final DevStackConfig config;
    private final Object lock = new Object();
    private boolean closed;
    private boolean ownsPidFile;
    private KafkaBroker kafka;
    private EmbeddedMongo mongo;
    private LocalMailServer mail;
    private MailboxPage mailbox;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<ProcessHandle> children = new ArrayList<>();
    private String kafkaBootstrapServers;
    private String mongoUri;
    private String smtpHost;
    private Duration startupTime;
    private LeftoverChildren leftovers;
    private final Map<String, String> extraServiceEnv;
    private Map<String, String> serviceEnv;

    DevStack(DevStackConfig config) {
        this(config, Map.of());
    }

    DevStack(DevStackConfig config, Map<String, String> extraServiceEnv) {
        this.config = config;
        this.extraServiceEnv = Map.copyOf(extraServiceEnv);
    }

    /** Starts everything and waits until every service is ready; on failure stops what it started and throws. */
    public static DevStack start(DevStackConfig config) throws Exception {
        return start(config, Map.of());
    }

    /**
     * Like {@link #start(DevStackConfig)}, every service also getting {@code extraServiceEnv} (over what the stack
     * sets), e.g. a Zapier target list or shorter retry delays for a test.
     */
    public static DevStack start(DevStackConfig config, Map<String, String> extraServiceEnv) throws Exception {
        DevStack stack = new DevStack(config, extraServiceEnv);
        try {
            stack.run();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    /** Every topic the stack creates: the topics of {@code Topics} and their dead-letter topics. */
    public static java.util.Set<String> topics() {
        return DevTopics.all().keySet();
    }

    public DevStackConfig config() {
        return config;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String mongoUri() {
        return mongoUri;
    }

    public String gatewayUrl() {
        return config.serviceUrl(ServiceSpec.CHAT_GATEWAY);
    }

    /** The dev sign-in: an admin client with every scope and an operator account (secrets in clear, dev only). */
    public DevAuth.SignIn signIn() {
        return signIn;
    }

    public String mailboxUrl() {
        return "http://" + DevStackConfig.HOST + ":" + config.mailboxPort();
    }

    public Duration startupTime() {
        return startupTime;
    }

    /** Every child process this stack started (Kafka, the services, their descendants), alive or not. */
    public List<ProcessHandle> childProcesses() {
        synchronized (lock) {
            List<ProcessHandle> all = new ArrayList<>(children);
            if (kafka != null) {
                kafka.processHandles().stream().filter(h -> !all.contains(h)).forEach(all::add);
            }
            for (ServiceProcess service : services) {
                service.process().handles().stream().filter(h -> !all.contains(h)).forEach(all::add);
            }
            return all;
        }
    }

    void run() throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(config.logDir());
        claimPidFile();
        leftovers = new LeftoverChildren(config.dataDir());
        List<String> stale = leftovers.stillRunning();
        if (!stale.isEmpty()) {
            leftovers = null; // not ours to clear
            throw new IllegalStateException("processes of an earlier dev stack on " + config.dataDir()
                    + " are still running (its launcher was killed before it could stop them): " + stale
                    + ". Stop them with ./dev.sh stop, then start again.");
        }
        leftovers.clear();
        for (ServiceSpec spec : config.services()) {
            if (!Files.isRegularFile(config.quarkusRunJar(spec))) {
                throw new IllegalStateException(config.quarkusRunJar(spec) + " is missing: build first (./dev.sh builds everything)");
            }
        }
        Log.info("data dir " + config.dataDir());

        if (config.externalKafka() != null) {
            kafkaBootstrapServers = config.externalKafka();
            Log.info("Kafka: using KAFKA_BOOTSTRAP_SERVERS=" + kafkaBootstrapServers);
        } else {
            long t = System.nanoTime();
            KafkaBroker broker = new KafkaBroker(config.dataDir().resolve("kafka"), config.logDir().resolve("kafka.log"),
                    config.kafkaPort(), config.kafkaControllerPort(), config.kafkaJvmOptions());
            register(broker, () -> kafka = broker);
            broker.start(Duration.ofSeconds(90));
            leftovers.record(broker.process());
            broker.createTopics(DevTopics.all());
            kafkaBootstrapServers = broker.bootstrapServers();
            Log.info("Kafka " + kafkaBootstrapServers + " ready, " + DevTopics.all().size() + " topics, in " + Log.seconds(t));
        }

        if (config.externalMongoUri() != null) {
            mongoUri = config.externalMongoUri();
            Log.info("MongoDB: using MONGODB_URI");
        } else {
            EmbeddedMongo store = EmbeddedMongo.start(config.dataDir().resolve("mongo/l2l.mv"), config.mongoPort());
            register(store, () -> mongo = store);
            mongoUri = store.connectionString();
            Log.info("MongoDB-wire store " + mongoUri + " (file " + config.dataDir().resolve("mongo/l2l.mv") + ")");
        }

        if (config.externalSmtpHost() != null) {
            smtpHost = config.externalSmtpHost();
            Log.info("SMTP: using SMTP_HOST=" + smtpHost + ":" + config.smtpPort());
        } else {
            LocalMailServer server = LocalMailServer.start(config.dataDir().resolve("mail"), config.smtpPort());
            register(server, () -> mail = server);
            MailboxPage page = MailboxPage.start(server, config.mailboxPort());
            register(page, () -> mailbox = page);
            smtpHost = DevStackConfig.HOST;
            Log.info("SMTP " + smtpHost + ":" + server.port() + ", mailbox http://localhost:" + page.port() + "/ ("
                    + server.store().size() + " stored messages)");
        }

        Map<String, String> env = serviceEnvironment();
        serviceEnv = env;
        long servicesStart = System.nanoTime();
        for (ServiceSpec spec : config.services()) {
            ServiceProcess service = ServiceProcess.start(config, spec, env);
            register(service::stop, () -> services.add(service));
            leftovers.record(service.process());
        }
        Log.info("started " + services.size() + " services, waiting for /q/health/ready (up to "
                + config.readyTimeout().toSeconds() + " s) — logs in " + config.logDir());
        Map<ServiceProcess, String> notReady = new HealthWaiter().await(List.copyOf(services), config.readyTimeout());
        if (!notReady.isEmpty()) {
            StringBuilder message = new StringBuilder("not ready after " + Log.seconds(servicesStart) + ":");
            notReady.forEach((service, why) -> message.append("\n  ").append(service.name()).append(" (:")
                    .append(service.port()).append("): ").append(why));
            notReady.forEach((service, why) -> message.append("\n--- last lines of ")
                    .append(service.process().logFile()).append(" ---\n").append(service.process().tail(40)));
            throw new IllegalStateException(message.toString());
        }
        startupTime = Duration.ofNanos(System.nanoTime() - start);
    }

    /** What every service gets (on top of the launcher's own environment). */
    Map<String, String> serviceEnvironment() {
        signIn = DevAuth.ensure(config.dataDir());
        Map<String, String> env = new java.util.LinkedHashMap<>(
                ServiceEnvironment.of(config, mongoUri, kafkaBootstrapServers, smtpHost, signIn));
        env.putAll(extraServiceEnv);
        return env;
    }

    // ---- Fault controls (FaultIT): each stops or starts one part on the same ports, data and environment. ----

    /** {@code kill -9} of a service and its descendants; returns once it is gone. */
    public void killService(ServiceSpec spec) throws InterruptedException {
        ServiceProcess service = service(spec);
        List<ProcessHandle> handles = service.process().handles();
        handles.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : handles) {
            try {
                handle.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException(spec.module() + " (pid " + handle.pid() + ") survived SIGKILL", e);
            }
        }
        Log.info("killed " + spec.module() + " (SIGKILL)");
    }

    /** Starts a service again (after {@link #killService}, or stopping it first) and waits until it is ready. */
    public void restartService(ServiceSpec spec) throws InterruptedException {
        ServiceProcess old = service(spec);
        old.stop();
        ServiceProcess fresh = ServiceProcess.start(config, spec, serviceEnv);
        synchronized (lock) {
            children.addAll(old.process().handles());
            services.set(services.indexOf(old), fresh);
        }
        leftovers.record(fresh.process());
        awaitReady(List.of(fresh));
        Log.info("restarted " + spec.module());
    }

    public void stopKafka() {
        requireEmbedded(kafka, "Kafka").stop();
        Log.info("Kafka stopped");
    }

    /** The broker again, same ports and log dirs (partitions, offsets), once an admin client can list topics. */
    public void startKafka() throws InterruptedException {
        KafkaBroker broker = requireEmbedded(kafka, "Kafka");
        synchronized (lock) {
            children.addAll(broker.processHandles());
        }
        broker.start(Duration.ofSeconds(90));
        leftovers.record(broker.process());
        Log.info("Kafka started again");
    }

    /** Closes the Mongo-wire store (committed to its file); clients get connection errors until {@link #startMongo}. */
    public void stopMongo() {
        EmbeddedMongo store = requireEmbedded(mongo, "the MongoDB-wire store");
        store.close();
        Log.info("MongoDB-wire store stopped");
    }

    /** Opens the same store file on the same port again. */
    public void startMongo() {
        EmbeddedMongo store = requireEmbedded(mongo, "the MongoDB-wire store");
        EmbeddedMongo reopened = EmbeddedMongo.start(config.dataDir().resolve("mongo/l2l.mv"), store.port());
        synchronized (lock) {
            mongo = reopened;
        }
        Log.info("MongoDB-wire store started again");
    }

    /** SMTP refuses connections until {@link #startSmtp}; the mailbox (page and stored mail) stays. */
    public void stopSmtp() {
        requireEmbedded(mail, "SMTP").stopSmtp();
        Log.info("SMTP stopped");
    }

    public void startSmtp() {
        requireEmbedded(mail, "SMTP").startSmtp();
        Log.info("SMTP started again");
    }

    /** The data dir of the running stack's mailbox ({@code <data>/mail}). */
    public java.nio.file.Path mailDir() {
        return config.dataDir().resolve("mail");
    }

    private ServiceProcess service(ServiceSpec spec) {
        synchronized (lock) {
            return services.stream().filter(s -> s.spec() == spec).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(spec.module() + " is not part of this stack"));
        }
    }

    private <T> T requireEmbedded(T component, String what) {
        synchronized (lock) {
            if (closed || component == null) {
                throw new IllegalStateException(what + " is not run by this stack (external, or stack closed)");
            }
            return component;
        }
    }

    private void awaitReady(List<ServiceProcess> waitFor) throws InterruptedException {
        Map<ServiceProcess, String> notReady = new HealthWaiter().await(waitFor, config.readyTimeout());
        if (!notReady.isEmpty()) {
            StringBuilder message = new StringBuilder("not ready:");
            notReady.forEach((service, why) -> message.append("\n  ").append(service.name()).append(" (:")
                    .append(service.port()).append("): ").append(why).append("\n--- last lines of ")
                    .append(service.process().logFile()).append(" ---\n").append(service.process().tail(40)));
            throw new IllegalStateException(message.toString());
        }
    }

    void printBanner() {
        System.out.println(Banner.text(config, startupTime, mailbox == null ? null : mailbox.port(), signIn,
                services));
        System.out.flush();
    }

    /** Keeps a started component for close(); if close() already ran, stops it at once and aborts the start-up. */
    private void register(AutoCloseable component, Runnable assign) {
        synchronized (lock) {
            if (!closed) {
                assign.run();
                return;
            }
        }
        quietly("late component", component);
        throw new IllegalStateException("stopping: start-up aborted");
    }

    /** Services first (in parallel), then Kafka, the Mongo-wire store, SMTP and the mailbox. Idempotent. */
    @Override
    public void close() {
        List<ServiceProcess> toStop;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = List.copyOf(services);
        }
        long start = System.nanoTime();
        if (!toStop.isEmpty()) {
            Log.info("stopping " + toStop.size() + " services");
            List<Thread> stoppers = new ArrayList<>();
            for (ServiceProcess service : toStop) {
                Thread thread = new Thread(service::stop, "stop-" + service.name());
                thread.start();
                stoppers.add(thread);
            }
            for (Thread thread : stoppers) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        quietly("Kafka", kafka);
        quietly("MongoDB-wire store", mongo);
        quietly("SMTP", mail);
        quietly("mailbox", mailbox);
        synchronized (lock) {
            children.addAll(childProcesses());
        }
        if (leftovers != null && childProcesses().stream().noneMatch(ProcessHandle::isAlive)) {
            leftovers.clear();
        }
        releasePidFile();
        Log.info("stopped in " + Log.seconds(start));
    }

    private static void quietly(String what, AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            Log.info("stopping " + what);
            closeable.close();
        } catch (Exception e) {
            Log.warn("stopping " + what + " failed: " + e);
        }
    }

    private void claimPidFile() throws IOException {
        Path file = config.pidFile();
        long self = ProcessHandle.current().pid();
        if (Files.isRegularFile(file)) {
            String raw = Files.readString(file, StandardCharsets.UTF_8).trim();
            try {
                long pid = Long.parseLong(raw);
                if (pid != self && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new IllegalStateException("a dev stack is already running on " + config.dataDir()
                            + " (pid " + pid + "); stop it with ./dev.sh stop");
                }
            } catch (NumberFormatException ignored) {
                // stale garbage: overwrite
            }
        }
        Files.writeString(file, self + "\n", StandardCharsets.UTF_8);
        ownsPidFile = true;
    }

    private void releasePidFile() {
        if (!ownsPidFile) {
            return;
        }
        try {
            Path file = config.pidFile();
            if (Files.isRegularFile(file)
                    && Files.readString(file, StandardCharsets.UTF_8).trim().equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
