import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadtolease.devstack.bench.ChatSocket;
import com.leadtolease.devstack.bench.ChatSocket.Turn;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Benchmark (not a test): chat turn latency through chat-gateway's WebSocket, Kafka and agent-service (guided mode),
 * next to a bare Kafka produce→consume round trip on the same broker and the agent's own turn time without Kafka.
 * Run by bench/chat-latency.sh, which starts the stack; single-file program ({@code java -cp <jars> this file}); the
 * chat's WebSocket protocol is devstack's {@link ChatSocket} (devstack/target/classes on the class path).
 *
 * <p>Args (key=value): gateway, agent, kafka (bootstrap servers), sessions (50), conversations (measured
 * conversations per session, 3), warmup (warm-up conversations per session, 1), thinkMs (3000: think time of the paced
 * pass, 0 skips it), roundtrips (2000), policyConversations (30), stackPid (the launcher, for CPU per process),
 * credentials (the stack's dev-credentials.json: the policy pass signs in, agent-service checks agent:converse),
 * trace (print each profile's conversation and stop).
 *
 * <p>mode=slow-tool: one conversation's booking calls are slow, the others chat; see {@link #slowTool}. Its args:
 * booking (booking-service's URL), slowProxyPort (agent-service must call booking-service there), slowMs (3000),
 * sessions (the other conversations), warmup, conversations, thinkMs.
 */
public final class ChatLatencyBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who the prospect is: the facts of the first turns differ per session so listings and slots are spread out. */
    record Profile(String area, int bedrooms, int budget, String moveIn, String pets) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile("Katy", 2, 1900, "March 15", "I have a cat"),
            new Profile("Montrose", 1, 1400, "next month", "No pets"),
            new Profile("Pearland", 3, 2000, "April 1", "We have a small dog"),
            new Profile("Cypress", 2, 1600, "February 1", "No pets"),
            new Profile("Midtown", 1, 1500, "January 15", "I have a cat"),
            new Profile("Clear Lake", 2, 1500, "March 1", "I have a dog"),
            new Profile("Sugar Land", 3, 2400, "May 1", "No pets"),
            new Profile("Spring Branch", 1, 1100, "February 15", "I have two cats"));

    /** The prospect's messages after the greeting: facts, pets, questions, listings, a listing (tour times offered). */
    static List<String> script(Profile p) {
        return List.of(
                "Hi, I'm looking for a " + p.bedrooms() + " bedroom in " + p.area() + " under $" + p.budget(),
                "I'd like to move in around " + p.moveIn(),
                p.pets(),
                "Is there parking?",
                "What are the pet rules?",
                "What are the fees?",
                "show me listings",
                "the first one",
                "What are your office hours?");
    }

    static final List<String> STEP_NAMES = List.of("area/beds/budget", "move-in date", "pets → listings",
            "parking?", "pet rules?", "fees?", "show me listings", "the first one → slots", "office hours?");

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            opts.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String gateway = opts.getOrDefault("gateway", "http://127.0.0.1:8080");
        String agent = opts.getOrDefault("agent", "http://127.0.0.1:8081");
        String kafka = opts.getOrDefault("kafka", "127.0.0.1:9092");
        int sessions = Integer.parseInt(opts.getOrDefault("sessions", "50"));
        int conversations = Integer.parseInt(opts.getOrDefault("conversations", "3"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "1"));
        int roundTrips = Integer.parseInt(opts.getOrDefault("roundtrips", "2000"));
        int policyConversations = Integer.parseInt(opts.getOrDefault("policyConversations", "30"));
        long stackPid = Long.parseLong(opts.getOrDefault("stackPid", "-1"));
        int thinkMs = Integer.parseInt(opts.getOrDefault("thinkMs", "3000"));

        if (opts.containsKey("trace")) {
            trace(gateway);
            return;
        }
        if ("slow-tool".equals(opts.get("mode"))) {
            slowTool(gateway, opts.getOrDefault("booking", "http://127.0.0.1:8082"),
                    Integer.parseInt(opts.getOrDefault("slowProxyPort", "8086")),
                    Integer.parseInt(opts.getOrDefault("slowMs", "3000")), sessions, warmup, conversations, thinkMs);
            return;
        }

        System.out.printf("Chat turn latency: %d concurrent sessions, %d warm-up + %d measured conversations each, "
                + "%d messages a conversation after the greeting%n", sessions, warmup, conversations,
                script(PROFILES.get(0)).size());
        ChatRun chat = runChat(gateway, sessions, warmup, conversations, 0, stackPid);
        ChatRun paced = null;
        if (thinkMs > 0) {
            System.out.printf("Paced: the same %d sessions, one conversation each, %d ms think time (±50%%) before "
                    + "every message%n", sessions, thinkMs);
            paced = runChat(gateway, sessions, 0, 1, thinkMs, -1);
        }
        Samples bare = bareRoundTrip(kafka, roundTrips, "0");
        Samples bareDefault = bareRoundTrip(kafka, roundTrips, null);
        String staff = signIn(gateway, java.nio.file.Path.of(opts.getOrDefault("credentials",
                "data/auth/dev-credentials.json")));
        PolicyRun policy = runPolicy(agent, staff, policyConversations);
        report(chat, paced, thinkMs, bare, bareDefault, policy, sessions);
    }

    // ---------------------------------------------------------------- chat through the gateway

    record ChatRun(Samples turns, Samples greetings, Samples acks, Map<Integer, Samples> bySteps, long wallNanos,
                   int errors, List<String> errorSamples, Map<String, Double> cpuSeconds) {
    }

    static ChatRun runChat(String gateway, int sessions, int warmup, int conversations, int thinkMs, long stackPid)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Samples turns = new Samples();
        Samples greetings = new Samples();
        Samples acks = new Samples();
        Map<Integer, Samples> bySteps = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        AtomicLong measuredStart = new AtomicLong();
        Map<String, Double> cpuAtStart = new LinkedHashMap<>();
        CyclicBarrier warmedUp = new CyclicBarrier(sessions, () -> {
            System.out.println("  warm-up done; measuring");
            cpuAtStart.putAll(CpuTimes.read(stackPid));
            cpuAtStart.put(CpuTimes.MACHINE, CpuTimes.machineBusySeconds());
            measuredStart.set(System.nanoTime());
        });
        CountDownLatch done = new CountDownLatch(sessions);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            int worker = s;
            Thread thread = new Thread(() -> {
                try {
                    for (int c = 0; c < warmup + conversations; c++) {
                        if (c == warmup) {
                            warmedUp.await();
                        }
                        boolean measured = c >= warmup;
                        Profile profile = PROFILES.get((worker + c) % PROFILES.size());
                        try {
                            converse(http, gateway, profile, measured ? turns : null, measured ? greetings : null,
                                    measured ? acks : null, measured ? bySteps : null, thinkMs);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(e.toString());
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    errorSamples.add("worker " + worker + ": " + e);
                } finally {
                    done.countDown();
                }
            }, "chat-session-" + s);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        done.await();
        long wall = System.nanoTime() - measuredStart.get();
        Map<String, Double> cpu = new LinkedHashMap<>();
        CpuTimes.read(stackPid).forEach((name, seconds) -> cpu.put(name, seconds - cpuAtStart.getOrDefault(name, 0.0)));
        double machineBusy = CpuTimes.machineBusySeconds() - cpuAtStart.get(CpuTimes.MACHINE);
        double ours = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        cpu.put(CpuTimes.OTHERS, Math.max(0, machineBusy - ours));
        return new ChatRun(turns, greetings, acks, bySteps, wall, errors.get(), errorSamples, cpu);
    }

    /** One chat session: create it, open the socket, start, wait for the greeting, then the scripted messages. */
    static void converse(HttpClient http, String gateway, Profile profile, Samples turns, Samples greetings,
                         Samples acks, Map<Integer, Samples> bySteps, int thinkMs) throws Exception {
        try (ChatSocket socket = ChatSocket.open(http, URI.create(gateway))) {
            Turn greeting = socket.turn(ChatSocket.frame("start"));
            record(greetings, greeting.nanos());
            List<String> messages = script(profile);
            for (int i = 0; i < messages.size(); i++) {
                if (thinkMs > 0) {
                    Thread.sleep(thinkMs / 2 + java.util.concurrent.ThreadLocalRandom.current().nextInt(thinkMs + 1));
                }
                Turn turn = socket.turn(ChatSocket.message(messages.get(i)));
                record(turns, turn.nanos());
                record(acks, turn.ackNanos());
                if (bySteps != null) {
                    bySteps.computeIfAbsent(i, k -> new Samples()).add(turn.nanos());
                }
            }
        }
    }

    private static void record(Samples samples, long nanos) {
        if (samples != null) {
            samples.add(nanos);
        }
    }

    /** Prints one conversation's replies (checks the script against the running policy). */
    static void trace(String gateway) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (Profile profile : PROFILES) {
            try (ChatSocket socket = ChatSocket.open(http, URI.create(gateway))) {
                System.out.println("== " + profile);
                Turn greeting = socket.turn(ChatSocket.frame("start"));
                System.out.printf("  [%5.1f ms] %s%n", greeting.nanos() / 1e6, greeting.reply().path("reply").asText());
                for (String message : script(profile)) {
                    Turn turn = socket.turn(ChatSocket.message(message));
                    System.out.printf("> %s%n  [ack %5.1f ms, reply %5.1f ms] %s (%d cards)%n", message,
                            turn.ackNanos() / 1e6, turn.nanos() / 1e6, turn.reply().path("reply").asText(),
                            turn.reply().path("cards").size());
                }
            }
        }
    }

    /**
     * CPU seconds (user + system, /proc) of this process and of the stack launcher's process tree, by role; the
     * Mongo-wire store and the mail server run inside the launcher JVM. Empty where /proc is missing.
     */
    static final class CpuTimes {
        private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
        static final String MACHINE = "machine";
        static final String OTHERS = "other processes on the machine";

        /** Busy CPU seconds of the whole machine (all cores, /proc/stat: everything but idle and iowait). */
        static double machineBusySeconds() {
            try {
                String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim()
                        .split("\\s+");
                long busy = 0;
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    if (i != 4 && i != 5) {
                        busy += Long.parseLong(f[i]);
                    }
                }
                return busy / TICKS_PER_SECOND;
            } catch (Exception e) {
                return 0;
            }
        }

        static Map<String, Double> read(long stackPid) {
            Map<String, Double> seconds = new LinkedHashMap<>();
            add(seconds, "bench client (this JVM)", ProcessHandle.current().pid());
            if (stackPid > 0) {
                ProcessHandle.of(stackPid).ifPresent(launcher -> {
                    add(seconds, "launcher JVM (Mongo-wire store)", launcher.pid());
                    launcher.descendants().forEach(child -> add(seconds, role(child), child.pid()));
                });
            }
            return seconds;
        }

        private static String role(ProcessHandle process) {
            String command = process.info().commandLine().orElse("");
            for (String module : List.of("chat-gateway", "agent-service", "booking-service", "embedding-service")) {
                if (command.contains("/" + module + "/")) {
                    return module;
                }
            }
            return command.contains("kafka") ? "Kafka broker" : "other (" + process.pid() + ")";
        }

        private static void add(Map<String, Double> seconds, String role, long pid) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                seconds.merge(role, cpu, Double::sum);
            } catch (Exception e) {
                // gone or no /proc
            }
        }
    }

    // ---------------------------------------------------------------- one slow tool call, other conversations

    /** The slow conversation's prospect: the only profile whose listing search names "Sugar Land". */
    static final Profile SLOW_PROFILE = PROFILES.stream().filter(p -> p.area().equals("Sugar Land")).findFirst()
            .orElseThrow();
    static final String SLOW_MARKER = "Sugar";

    /**
     * agent-service calls booking-service through a proxy here that holds every request naming {@link #SLOW_MARKER}
     * (the slow conversation's listing searches) for {@code slowMs}. After one flat-out warm-up conversation per
     * session, one session chats as the Sugar Land prospect without pause, over and over, while {@code sessions}
     * others each run {@code conversations} paced conversations ({@code thinkMs} ± 50 % before each message) with the
     * other profiles. Prints the other conversations' turn latency, and the slow conversation's.
     */
    static void slowTool(String gateway, String booking, int proxyPort, int slowMs, int sessions, int warmup,
                         int conversations, int thinkMs) throws Exception {
        List<Profile> others = PROFILES.stream().filter(p -> p != SLOW_PROFILE).toList();
        com.sun.net.httpserver.HttpServer proxy = SlowProxy.start(proxyPort, booking, SLOW_MARKER, slowMs);
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            System.out.printf("Slow tool: booking-service calls naming \"%s\" held %d ms (proxy on %d); %d other "
                    + "sessions, %d warm-up (flat out) + %d measured conversations each, %d ms think time (±50%%)%n",
                    SLOW_MARKER, slowMs, proxyPort, sessions, warmup, conversations, thinkMs);
            Samples ignored = new Samples();
            runSessions(sessions, worker -> {
                for (int c = 0; c < warmup; c++) {
                    converse(http, gateway, others.get((worker + c) % others.size()), null, null, null, null, 0);
                }
            });
            System.out.println("  warm-up done; measuring");
            Samples otherTurns = new Samples();
            Samples slowTurns = new Samples();
            Map<Integer, Samples> slowBySteps = new ConcurrentHashMap<>();
            java.util.concurrent.atomic.AtomicBoolean othersDone = new java.util.concurrent.atomic.AtomicBoolean();
            AtomicInteger slowConversations = new AtomicInteger();
            Thread slow = new Thread(() -> {
                while (!othersDone.get()) {
                    try {
                        converse(http, gateway, SLOW_PROFILE, slowTurns, null, null, slowBySteps, 0);
                        slowConversations.incrementAndGet();
                    } catch (Exception e) {
                        System.out.println("  slow conversation failed: " + e);
                    }
                }
            }, "slow-conversation");
            slow.setDaemon(true);
            slow.start();
            long start = System.nanoTime();
            int errors = runSessions(sessions, worker -> {
                for (int c = 0; c < conversations; c++) {
                    converse(http, gateway, others.get((worker + warmup + c) % others.size()), otherTurns, null,
                            null, null, thinkMs);
                }
            });
            double wall = (System.nanoTime() - start) / 1e9;
            othersDone.set(true);
            String header = String.format("%-48s %7s %9s %9s %9s %9s %9s", "", "n", "p50 ms", "p95 ms", "p99 ms",
                    "max ms", "mean ms");
            System.out.println();
            System.out.println(header);
            System.out.println(row("other conversations: message → reply", otherTurns));
            System.out.println(row("slow conversation: message → reply", slowTurns));
            System.out.println(row("  of which its listing searches (held)", merged(slowBySteps, 2, 6)));
            System.out.printf("measured for %.1f s · %d slow conversations finished meanwhile · %d proxied requests "
                    + "held · %d failed other conversations%n", wall, slowConversations.get(), SlowProxy.HELD.get(),
                    errors);
        } finally {
            proxy.stop(0);
        }
    }

    interface SessionWork {
        void run(int worker) throws Exception;
    }

    /** Runs {@code work} on {@code sessions} threads at once; answers how many failed. */
    static int runSessions(int sessions, SessionWork work) throws InterruptedException {
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            int worker = s;
            threads.add(new Thread(() -> {
                try {
                    work.run(worker);
                } catch (Exception e) {
                    if (errors.incrementAndGet() <= 3) {
                        System.out.println("  session " + worker + " failed: " + e);
                    }
                }
            }, "chat-session-" + s));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        return errors.get();
    }

    static Samples merged(Map<Integer, Samples> bySteps, int... steps) {
        Samples all = new Samples();
        for (int step : steps) {
            Samples samples = bySteps.get(step);
            if (samples != null) {
                synchronized (samples.nanos) {
                    samples.nanos.forEach(all::add);
                }
            }
        }
        return all;
    }

    /** A pass-through HTTP proxy to booking-service that holds requests whose path or query names the marker. */
    static final class SlowProxy {
        static final AtomicInteger HELD = new AtomicInteger();
        private static final java.util.Set<String> HOP_HEADERS = java.util.Set.of("connection", "content-length",
                "host", "transfer-encoding", "upgrade", "keep-alive", "expect");

        static com.sun.net.httpserver.HttpServer start(int port, String target, String marker, int slowMs)
                throws java.io.IOException {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress("127.0.0.1", port), 64);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                try (exchange) {
                    String pathAndQuery = exchange.getRequestURI().getRawPath()
                            + (exchange.getRequestURI().getRawQuery() == null ? ""
                            : "?" + exchange.getRequestURI().getRawQuery());
                    if (java.net.URLDecoder.decode(pathAndQuery, StandardCharsets.UTF_8).contains(marker)) {
                        HELD.incrementAndGet();
                        Thread.sleep(slowMs);
                    }
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + pathAndQuery))
                            .timeout(Duration.ofSeconds(30))
                            .method(exchange.getRequestMethod(), body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
                    exchange.getRequestHeaders().forEach((name, values) -> {
                        if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                            values.forEach(value -> request.header(name, value));
                        }
                    });
                    HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    response.headers().map().forEach((name, values) -> {
                        if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                            exchange.getResponseHeaders().put(name, values);
                        }
                    });
                    byte[] answer = response.body();
                    exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
                    if (answer.length > 0) {
                        exchange.getResponseBody().write(answer);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exchange.sendResponseHeaders(503, -1);
                }
            });
            server.start();
            return server;
        }
    }

    // ---------------------------------------------------------------- bare Kafka round trip

    static final String BARE_TOPIC = "bench.roundtrip";

    /** A small record produced and consumed back by this process, key = a fresh session-like UUID, one at a time. */
    static Samples bareRoundTrip(String bootstrap, int roundTrips, String lingerMs) throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin client = Admin.create(admin)) {
            try {
                // Same partitioning as chat.inbound / chat.outbound on the dev stack (3 partitions, one replica).
                client.createTopics(List.of(new NewTopic(BARE_TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        // Client defaults as the services run them; linger.ms as the chat channels set it (0), or the client's default.
        Properties producerProps = new Properties();
        if (lingerMs != null) {
            producerProps.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        }
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "chat-latency-bench-" + UUID.randomUUID());
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        String payload = "{\"sessionId\":\"%s\",\"messageId\":\"%s\",\"kind\":\"message\",\"text\":\"Is there "
                + "parking?\",\"channel\":\"web\"}";
        Samples samples = new Samples();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(BARE_TOPIC)) {
                partitions.add(new TopicPartition(BARE_TOPIC, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            int warmup = Math.max(100, roundTrips / 10);
            for (int i = 0; i < warmup + roundTrips; i++) {
                String key = UUID.randomUUID().toString();
                String value = String.format(payload, key, UUID.randomUUID());
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(BARE_TOPIC, key, value));
                long received = awaitRecord(consumer, key);
                if (i >= warmup) {
                    samples.add(received - sent);
                }
            }
        }
        return samples;
    }

    private static long awaitRecord(KafkaConsumer<String, String> consumer, String key) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (key.equals(record.key())) {
                    return System.nanoTime();
                }
            }
        }
        throw new IllegalStateException("bare round trip: record " + key + " not consumed within 30 s");
    }

    // ---------------------------------------------------------------- the policy alone (agent REST, no Kafka)

    record PolicyRun(Samples replies, Samples serverReplies, int conversations, Map<Integer, Samples> bySteps) {
    }

    /**
     * The same conversations sent one call at a time to agent-service's own REST API (same policy, no gateway, no
     * Kafka): client-side time per /api/agent/reply and the server's own mean from /q/metrics.
     */
    static PolicyRun runPolicy(String agent, String authorization, int conversations) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Samples samples = new Samples();
        Map<Integer, Samples> bySteps = new ConcurrentHashMap<>();
        double[] before = replyTimer(http, agent);
        int warmup = Math.max(2, conversations / 10);
        for (int c = 0; c < warmup + conversations; c++) {
            if (c == warmup) {
                before = replyTimer(http, agent);
            }
            Profile profile = PROFILES.get(c % PROFILES.size());
            JsonNode started = post(http, agent + "/api/agent/start", authorization,
                    JSON.createObjectNode().put("channel", "web"));
            String sessionId = started.get("sessionId").asText();
            List<String> messages = script(profile);
            for (int i = 0; i < messages.size(); i++) {
                long t0 = System.nanoTime();
                post(http, agent + "/api/agent/reply", authorization, JSON.createObjectNode()
                        .put("sessionId", sessionId)
                        .put("text", messages.get(i)));
                if (c >= warmup) {
                    long took = System.nanoTime() - t0;
                    samples.add(took);
                    bySteps.computeIfAbsent(i, k -> new Samples()).add(took);
                }
            }
        }
        double[] after = replyTimer(http, agent);
        Samples server = new Samples();
        double count = after[0] - before[0];
        if (count > 0) {
            server.mean = (after[1] - before[1]) / count * 1e9;
        }
        return new PolicyRun(samples, server, conversations, bySteps);
    }

    /** "Bearer ..." for the local stack's admin client (agent-service checks agent:converse itself). */
    static String signIn(String gateway, java.nio.file.Path credentials) throws Exception {
        JsonNode client = JSON.readTree(credentials.toFile());
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(client.get("clientId").asText(), StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(client.get("clientSecret").asText(), StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(gateway + "/api/auth/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in answered " + response.statusCode() + ": " + response.body());
        }
        return "Bearer " + JSON.readTree(response.body()).get("access_token").asText();
    }

    private static JsonNode post(HttpClient http, String url, String authorization, ObjectNode body)
            throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** {count, sum seconds} of agent-service's http_server_requests_seconds for POST /api/agent/reply 200. */
    private static double[] replyTimer(HttpClient http, String agent) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(agent + "/q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double count = 0;
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("http_server_requests_seconds_") && line.contains("uri=\"/api/agent/reply\"")
                    && line.contains("status=\"200\"")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (line.startsWith("http_server_requests_seconds_count")) {
                    count = value;
                } else if (line.startsWith("http_server_requests_seconds_sum")) {
                    sum = value;
                }
            }
        }
        return new double[]{count, sum};
    }

    // ---------------------------------------------------------------- figures

    static final class Samples {
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        double mean = Double.NaN;

        void add(long value) {
            nanos.add(value);
        }

        int size() {
            return nanos.size();
        }

        double percentileMs(double p) {
            List<Long> sorted;
            synchronized (nanos) {
                sorted = nanos.stream().sorted().collect(Collectors.toList());
            }
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
        }

        double meanMs() {
            synchronized (nanos) {
                return nanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
            }
        }
    }

    static String row(String name, Samples s) {
        return String.format("%-48s %7d %9.1f %9.1f %9.1f %9.1f %9.1f", name, s.size(), s.percentileMs(50),
                s.percentileMs(95), s.percentileMs(99), s.percentileMs(100), s.meanMs());
    }

    static void report(ChatRun chat, ChatRun paced, int thinkMs, Samples bare, Samples bareDefault, PolicyRun policy,
                       int sessions) {
        double wallSeconds = chat.wallNanos() / 1e9;
        String header = String.format("%-48s %7s %9s %9s %9s %9s %9s", "", "n", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "mean ms");
        System.out.println();
        System.out.println(header);
        System.out.println(row("chat turn: message → its reply (WebSocket)", chat.turns()));
        System.out.println(row("  of which: message → ack (on chat.inbound)", chat.acks()));
        if (paced != null) {
            System.out.println(row("paced chat turn (" + thinkMs + " ms think time)", paced.turns()));
            System.out.println(row("  of which: message → ack", paced.acks()));
        }
        System.out.println(row("greeting: start → its reply (not a turn)", chat.greetings()));
        System.out.println(row("bare Kafka produce → consume, linger.ms=0", bare));
        System.out.println(row("  same, client default linger.ms (5)", bareDefault));
        System.out.println(row("policy alone: POST /api/agent/reply, 1 at a time", policy.replies()));
        System.out.println();
        System.out.println("by step, p50 / p99 ms: chat flat out · chat paced · policy alone");
        chat.bySteps().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Samples pacedStep = paced == null ? null : paced.bySteps().get(e.getKey());
            Samples policyStep = policy.bySteps().getOrDefault(e.getKey(), new Samples());
            System.out.printf("  %-26s %7.1f / %7.1f  · %6.1f / %6.1f  · %6.1f / %6.1f%n", STEP_NAMES.get(e.getKey()),
                    e.getValue().percentileMs(50), e.getValue().percentileMs(99),
                    pacedStep == null ? Double.NaN : pacedStep.percentileMs(50),
                    pacedStep == null ? Double.NaN : pacedStep.percentileMs(99),
                    policyStep.percentileMs(50), policyStep.percentileMs(99));
        });
        System.out.println();
        int turns = chat.turns().size();
        System.out.printf("throughput: %d turns in %.1f s = %.1f turns/s (%d sessions; %.1f frames/s counting the "
                        + "greetings)%n", turns, wallSeconds, turns / wallSeconds, sessions,
                (turns + chat.greetings().size()) / wallSeconds);
        double totalCpu = chat.cpuSeconds().entrySet().stream().filter(e -> !e.getKey().equals(CpuTimes.OTHERS))
                .mapToDouble(Map.Entry::getValue).sum();
        if (totalCpu > 0 && turns > 0) {
            System.out.printf("CPU per chat turn during the measured phase, session set-up and greetings included (ms; %d cores, %.1f s wall = %.1f core-s "
                    + "available):%n", Runtime.getRuntime().availableProcessors(), wallSeconds,
                    wallSeconds * Runtime.getRuntime().availableProcessors());
            chat.cpuSeconds().forEach((role, seconds) -> {
                if (!role.equals(CpuTimes.OTHERS)) {
                    System.out.printf("  %-34s %6.1f%n", role, seconds * 1000 / turns);
                }
            });
            System.out.printf("  %-34s %6.1f  → at most %.0f turns/s on these cores if nothing else ran%n",
                    "total", totalCpu * 1000 / turns,
                    Runtime.getRuntime().availableProcessors() / (totalCpu / turns));
            System.out.printf("  meanwhile other processes on the machine used %.1f core-s of the %.1f%n",
                    chat.cpuSeconds().getOrDefault(CpuTimes.OTHERS, 0.0),
                    wallSeconds * Runtime.getRuntime().availableProcessors());
        }
        System.out.printf("policy's own time: server-side mean of /api/agent/reply %.1f ms (agent's "
                        + "http_server_requests_seconds; no turn timer on the Kafka path)%n",
                policy.serverReplies().mean / 1e6);
        System.out.printf("errors: %d conversations failed%s%n", chat.errors() + (paced == null ? 0 : paced.errors()),
                chat.errorSamples().isEmpty() ? "" : " e.g. " + chat.errorSamples());
        double p99Target = 3 * bare.percentileMs(99) + policy.replies().percentileMs(99);
        System.out.printf("target p99 ≤ 3 × bare p99 + policy p99 = 3 × %.1f + %.1f = %.1f ms: %d sessions flat out "
                        + "%.1f ms → %s%s%n", bare.percentileMs(99), policy.replies().percentileMs(99), p99Target,
                sessions, chat.turns().percentileMs(99), chat.turns().percentileMs(99) <= p99Target ? "met" : "MISSED",
                paced == null ? "" : String.format("; paced %.1f ms → %s", paced.turns().percentileMs(99),
                        paced.turns().percentileMs(99) <= p99Target ? "met" : "MISSED"));
        System.out.printf("target ≥ 200 turns/s: %.1f → %s%n", turns / wallSeconds,
                turns / wallSeconds >= 200 ? "met" : "MISSED");
    }
}
