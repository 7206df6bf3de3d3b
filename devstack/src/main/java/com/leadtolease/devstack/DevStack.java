package com.leadtolease.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack in one command: Kafka (child JVM), the Mongo-wire store and SMTP + mailbox (in this JVM), the six
 * services (child JVMs); waits until all are ready. {@link #close()} stops exactly what was started, services first.
 *
 * <p>Run by {@code ./dev.sh}; tests and the benchmark use {@link #start(DevStackConfig)} directly.
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

    private DevStack(DevStackConfig config) {
        this.config = config;
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--stop-leftovers")) {
            new LeftoverChildren(DevStackConfig.fromEnvironment(System.getenv()).dataDir()).stop();
            return;
        }
        DevStackConfig config;
        try {
            config = DevStackConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            Log.warn(e.getMessage());
            System.exit(2);
            return;
        }
        DevStack stack = new DevStack(config);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
        try {
            stack.run();
        } catch (Exception e) {
            Log.warn("start-up failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            stack.close();
            System.exit(1);
        }
        stack.printBanner();
        try {
            new CountDownLatch(1).await(); // until Ctrl-C / SIGTERM runs the shutdown hook
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts everything and waits until every service is ready; on failure stops what it started and throws. */
    public static DevStack start(DevStackConfig config) throws Exception {
        DevStack stack = new DevStack(config);
        try {
            stack.run();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
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

    private void run() throws Exception {
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
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MONGODB_URI", mongoUri);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("SMTP_HOST", smtpHost);
        env.put("SMTP_PORT", Integer.toString(config.smtpPort()));
        env.put("HTTP_HOST", DevStackConfig.HOST);
        for (ServiceSpec spec : ServiceSpec.values()) {
            env.put(spec.portEnv(), Integer.toString(config.port(spec)));
            env.put(spec.urlEnv(), config.serviceUrl(spec));
        }
        env.put("ZAPIER_WEBHOOK_SECRET", Optional.ofNullable(config.zapierWebhookSecret())
                .orElseGet(() -> DevSecrets.zapierWebhookSecret(config.dataDir())));
        // One PII key for ingestion and agent, so a phone hashed in a historical CSV matches the same phone in a chat.
        env.put("PII_HASH_SECRET", Optional.ofNullable(System.getenv("PII_HASH_SECRET"))
                .orElseGet(() -> DevSecrets.piiHashSecret(config.dataDir())));
        // Kept in the data dir, so chat tokens the browser holds stay valid across restarts of the stack.
        env.put("CHAT_TOKEN_SECRET", Optional.ofNullable(System.getenv("CHAT_TOKEN_SECRET"))
                .orElseGet(() -> DevSecrets.chatTokenSecret(config.dataDir())));
        env.put("TOUR_LINK_SECRET", Optional.ofNullable(System.getenv("TOUR_LINK_SECRET"))
                .orElseGet(() -> DevSecrets.tourLinkSecret(config.dataDir())));
        // Tour emails link the gateway's "manage your tour" page, signed with the gateway's TOUR_LINK_SECRET.
        env.put("NOTIFICATION_MAIL_MANAGE_URL", "http://localhost:" + config.port(ServiceSpec.CHAT_GATEWAY)
                + "/book/manage.html");
        signIn = DevAuth.ensure(config.dataDir());
        env.put("AUTH_SIGNING_KEY_FILE", signIn.signingKey().toString());
        env.put("AUTH_JWKS_FILE", signIn.jwks().toString());
        env.put("AUTH_ACCOUNTS_FILE", signIn.accounts().toString());
        env.put("AUTH_JWKS_LOCATION", signIn.jwks().toUri().toString());
        env.put("AGENT_CLIENT_SECRET", signIn.agentSecret());
        env.put("INGESTION_DATA_DIR", config.dataDir().resolve("ingestion").toString());
        env.put("DJL_CACHE_DIR", config.dataDir().resolve("djl").toString());
        env.put("INGESTION_SEED_FILE", config.rootDir().resolve("deploy/sample-data/conversations.csv").toString());
        return env;
    }

    private void printBanner() {
        String gateway = "http://localhost:" + config.port(ServiceSpec.CHAT_GATEWAY);
        StringBuilder out = new StringBuilder()
                .append("\n  Lead-to-Lease is up (").append(String.format("%.1f s", startupTime.toMillis() / 1000.0)).append(")\n\n")
                .append("  Chat       ").append(gateway).append("/\n");
        if (mailbox != null) {
            out.append("  Mailbox    http://localhost:").append(mailbox.port()).append("/\n");
        }
        out.append("  API docs   ").append(gateway).append("/q/swagger-ui\n")
                .append("  API token  curl -d grant_type=client_credentials -d client_id=").append(DevAuth.ADMIN_CLIENT)
                .append(" -d client_secret=").append(signIn.adminSecret()).append(" ").append(gateway)
                .append("/api/auth/token\n")
                .append("  Staff      username ").append(DevAuth.OPERATOR).append(", password ")
                .append(signIn.operatorPassword()).append(" (").append(signIn.credentials())
                .append(")\n")
                .append("  Logs       ").append(config.logDir()).append("\n")
                .append("  Services   ");
        services.forEach(s -> out.append(s.name()).append(" :").append(s.port()).append("  "));
        out.append("\n\n  Stop with Ctrl-C here, or ./dev.sh stop from another terminal.\n");
        System.out.println(out);
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
