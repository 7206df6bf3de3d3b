package com.leadtolease.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The whole local stack, as {@code ./dev.sh} runs it, on free ports with its data under target/: book a tour through
 * the gateway, see the invite in the mailbox and the event on Kafka, restart on the same data, find the tour again.
 */
class DevStackIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void booksMailsPublishesAndKeepsEverythingAcrossARestart() throws Exception {
        Path root = DevStackConfig.rootDir(Map.of());
        Path data = TestDirs.create("devstack-it");
        DevStackConfig config = DevStackConfig.fromEnvironment(DevStackConfig.freePortEnvironment(root, data));
        assertThat(config.port(ServiceSpec.CHAT_GATEWAY)).isNotEqualTo(8080);
        List<ProcessHandle> started = new ArrayList<>();

        String propertyId;
        String slotId;
        int remainingBefore;
        String tourId;
        String leadEmail = "it-" + UUID.randomUUID() + "@example.com";
        try (DevStack stack = DevStack.start(config)) {
            System.out.println("DevStackIT: first start, all healthy in " + stack.startupTime().toMillis() + " ms");
            GatewayClient anonymous = new GatewayClient(stack.gatewayUrl());
            GatewayClient gateway = anonymous.signedIn(DevAuth.ADMIN_CLIENT, stack.signIn().adminSecret());

            GatewayClient.Reply properties = gateway.get("/api/properties");
            assertThat(properties.status()).as(properties.raw()).isEqualTo(200);
            assertThat(properties.body().path("items")).as("seeded properties").isNotEmpty();

            JsonNode[] choice = pickSlot(gateway, properties.body().path("items"));
            propertyId = choice[0].path("id").asText();
            slotId = choice[1].path("slotId").asText();
            remainingBefore = choice[1].path("remaining").asInt();

            GatewayClient.Reply booked = anonymous.postJson("/api/tours",
                    GatewayClient.tourRequest(propertyId, slotId, "Ana Integration", leadEmail, "713-555-0100"));
            assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
            tourId = booked.body().path("id").asText();
            assertThat(tourId).isNotBlank();
            assertThat(booked.body().path("manageToken").asText()).as("the booker's own token").isNotBlank();
            assertThat(anonymous.get("/api/tours?email=" + leadEmail).status()).as("tours are not public").isEqualTo(401);

            assertInviteInMailbox(stack.mailboxUrl(), leadEmail);
            assertManageLinkOpensOnlyItsTour(stack.mailboxUrl(), leadEmail, tourId, anonymous);
            assertTourScheduledEvent(stack.kafkaBootstrapServers(), tourId);
            assertBookingThroughTheWebPage(root, stack.gatewayUrl(), gateway);
            String chatTourId = assertTourBookedInTheWebChat(root, stack, gateway);
            assertTheBookingTurnIsOneTraceInEveryServicesLog(config.logDir(), chatTourId);
            assertAgentMetricsCountToolCallsAndGuardrailHits(stack, anonymous);
            assertConsoleAnswersAHandOff(root, stack);
            assertHistoricalPetAnswersAreSearchable(gateway);
            started.addAll(stack.childProcesses());
        }
        assertThat(started).hasSizeGreaterThanOrEqualTo(1 + ServiceSpec.values().length);
        assertThat(started).as("no child process survives a stop").noneMatch(ProcessHandle::isAlive);

        try (DevStack stack = DevStack.start(config)) {
            System.out.println("DevStackIT: restart on the same data, all healthy in " + stack.startupTime().toMillis() + " ms");
            GatewayClient gateway = new GatewayClient(stack.gatewayUrl())
                    .signedIn(DevAuth.ADMIN_CLIENT, stack.signIn().adminSecret());

            GatewayClient.Reply tour = gateway.get("/api/tours/" + tourId);
            assertThat(tour.status()).as(tour.raw()).isEqualTo(200);
            assertThat(tour.body().path("id").asText()).isEqualTo(tourId);
            assertThat(tour.body().path("slotId").asText()).isEqualTo(slotId);
            assertThat(tour.body().path("lead").path("email").asText()).isEqualTo(leadEmail);

            Optional<JsonNode> slot = gateway.slot(propertyId, slotId);
            if (remainingBefore == 1) {
                assertThat(slot.map(s -> s.path("remaining").asInt())).as("booked slot no longer offered")
                        .satisfiesAnyOf(s -> assertThat(s).isEmpty(), s -> assertThat(s).contains(0));
            } else {
                assertThat(slot.map(s -> s.path("remaining").asInt())).contains(remainingBefore - 1);
            }
            assertThat(mailTo(http, stack.mailboxUrl(), leadEmail).stream().map(DevStackIT::icsAttachment))
                    .as("the invite is still in the mailbox after the restart").anyMatch(Optional::isPresent);
            started.addAll(stack.childProcesses());
        }
        assertThat(started).as("no child process survives a stop").noneMatch(ProcessHandle::isAlive);
        assertThat(config.pidFile()).doesNotExist();
    }

    /**
     * Real Debian chromium, driven by playwright-core, books a tour on the search page at /book/ like a prospect would,
     * then follows the confirmation's own link to the tour's page and moves it to another time.
     */
    private static void assertBookingThroughTheWebPage(Path root, String gatewayUrl, GatewayClient gateway) throws Exception {
        String browserEmail = "browser-" + UUID.randomUUID() + "@example.com";
        Path shots = Files.createDirectories(root.resolve("devstack/target/screenshots"));
        Process browser = new ProcessBuilder("node", "booking-page.e2e.mjs", gatewayUrl, browserEmail, shots.toString())
                .directory(root.resolve("e2e").toFile()).redirectErrorStream(true).start();
        String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(browser.waitFor(90, TimeUnit.SECONDS)).as("browser test finished").isTrue();
        assertThat(browser.exitValue()).as(output).isZero();
        assertThat(shots.resolve("booking-page-confirmation.png")).isNotEmptyFile();
        assertThat(shots.resolve("booking-page-manage.png")).isNotEmptyFile();

        GatewayClient.Reply tours = gateway.get("/api/tours?email=" + browserEmail);
        assertThat(tours.status()).as(tours.raw()).isEqualTo(200);
        assertThat(tours.body().path("items")).as("the tour booked in the browser is stored").hasSize(1);
        assertThat(tours.body().path("items").get(0).path("status").asText()).as("moved on its manage page: " + output)
                .isEqualTo("rescheduled");
    }

    /**
     * Real chromium at 375 px chats at / like Ana would: one message with everything, a listing card, one of three tour
     * times, the confirmation, then a reload that resumes the same conversation, "can I move it to the next day?", and
     * "can I talk to a person?" answered by staff signed in at the gateway's operator API; a second browser context
     * holding only the session id cannot continue the chat or see its tour. The tour, its invite and the
     * updated invite must be real.
     */
    private String assertTourBookedInTheWebChat(Path root, DevStack stack, GatewayClient gateway) throws Exception {
        String email = "ana-" + UUID.randomUUID() + "@example.com";
        Path shots = Files.createDirectories(root.resolve("devstack/target/screenshots"));
        String staffToken = gateway.staffToken(DevAuth.OPERATOR, stack.signIn().operatorPassword());
        String output = runNode(root.resolve("e2e"), Duration.ofSeconds(180), "chat.e2e.mjs", stack.gatewayUrl(), email,
                shots.toString(), staffToken);
        assertThat(shots.resolve("chat-confirmation.png")).isNotEmptyFile();
        assertThat(shots.resolve("chat-resumed.png")).isNotEmptyFile();
        assertThat(shots.resolve("chat-staff-reply.png")).isNotEmptyFile();

        assertInviteInMailbox(stack.mailboxUrl(), email);
        assertInviteInMailbox(stack.mailboxUrl(), email, "SEQUENCE:1");
        GatewayClient.Reply tours = gateway.get("/api/tours?email=" + email);
        assertThat(tours.status()).as(tours.raw()).isEqualTo(200);
        assertThat(tours.body().path("items")).as("the tour booked in the chat is stored once: " + output).hasSize(1);
        JsonNode tour = tours.body().path("items").get(0);
        assertThat(tour.path("lead").path("name").asText()).isEqualTo("Ana");
        assertThat(tour.path("status").asText()).as("moved, not cancelled: " + tour).isEqualTo("rescheduled");
        assertThat(tour.path("sequence").asInt()).as("rescheduled once: " + tour).isEqualTo(1);
        return tour.path("id").asText();
    }

    /**
     * The chat turn that booked {@code tourId} is one trace: the gateway's line for the browser message, the agent's
     * for the turn it answered from chat.inbound, and booking-service's for the tour its REST call booked all carry
     * the same trace id in their JSON log lines.
     */
    private static void assertTheBookingTurnIsOneTraceInEveryServicesLog(Path logDir, String tourId)
            throws IOException {
        List<JsonNode> booking = jsonLogLines(logDir, ServiceSpec.BOOKING);
        JsonNode booked = booking.stream()
                .filter(line -> line.path("message").asText().startsWith("Tour " + tourId + " booked"))
                .findFirst().orElseThrow(() -> new AssertionError("no JSON line for tour " + tourId + " in "
                        + booking.size() + " booking-service lines"));
        String traceId = booked.path("mdc").path("traceId").asText();
        assertThat(traceId).as("booking-service's line carries a trace id: " + booked).matches("[0-9a-f]{32}")
                .isNotEqualTo("0".repeat(32));
        assertThat(jsonLogLines(logDir, ServiceSpec.AGENT))
                .as("agent-service answered the turn in trace " + traceId)
                .anyMatch(line -> traceId.equals(line.path("mdc").path("traceId").asText())
                        && line.path("message").asText().startsWith("Chat message "));
        assertThat(jsonLogLines(logDir, ServiceSpec.CHAT_GATEWAY))
                .as("the gateway passed the browser's message on in trace " + traceId)
                .anyMatch(line -> traceId.equals(line.path("mdc").path("traceId").asText())
                        && line.path("message").asText().endsWith("passed on to the agent"));
    }

    /** Every JSON line of a service's log (the launcher writes its console output there; other lines are skipped). */
    private static List<JsonNode> jsonLogLines(Path logDir, ServiceSpec service) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(logDir.resolve(service.module() + ".log"), StandardCharsets.UTF_8)) {
            if (line.startsWith("{")) {
                lines.add(GatewayClient.JSON.readTree(line));
            }
        }
        return lines;
    }

    /**
     * After the web chat booked and moved a tour, and one steering question over the REST chat API, agent-service's
     * /q/metrics counts booking-service tool calls by tool and the fair-housing guardrail hit by rule; every
     * consumer's dead-letter counter and the Kafka consumers' lag are there too.
     */
    private void assertAgentMetricsCountToolCallsAndGuardrailHits(DevStack stack, GatewayClient anonymous)
            throws Exception {
        GatewayClient.Reply started = anonymous.postJson("/api/agent/start", GatewayClient.JSON.createObjectNode());
        assertThat(started.status()).as(started.raw()).isEqualTo(200);
        GatewayClient.Reply refused = anonymous.call("POST", "/api/agent/reply", GatewayClient.JSON.createObjectNode()
                        .put("sessionId", started.body().path("sessionId").asText())
                        .put("text", "Is this a white neighborhood?"),
                "X-Chat-Token", started.body().path("token").asText());
        assertThat(refused.body().path("guardrail").path("triggered").asText()).as(refused.raw())
                .isEqualTo("fair_housing");

        String agentUrl = "http://" + DevStackConfig.HOST + ":" + stack.config().port(ServiceSpec.AGENT);
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(agentUrl + "/q/metrics"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(counter(metrics.body(), "agent_tool_calls_total", "tool=\"booking\\.book_tour\"",
                "outcome=\"2xx\"")).as("tours booked by the agent").isPositive();
        assertThat(counter(metrics.body(), "agent_guardrail_hits_total", "kind=\"fair_housing\"", "rule=\"[a-z_]+\""))
                .as("the steering question").isPositive();
        assertThat(metrics.body()).contains("consumer_dead_letters_total{consumer=\"Chat message\"")
                .contains("kafka_consumer_fetch_manager_records_lag_max");
    }

    /** The sum of a Prometheus counter's series whose labels match every one of {@code labels} (regexes). */
    private static double counter(String exposition, String name, String... labels) {
        double sum = 0;
        Matcher series = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(exposition);
        while (series.find()) {
            String found = series.group(1);
            if (Arrays.stream(labels).allMatch(label -> Pattern.compile(label).matcher(found).find())) {
                sum += Double.parseDouble(series.group(2));
            }
        }
        return sum;
    }

    /**
     * The leasing team's console in real chromium: a prospect asks for a person, the operator (the dev account, signed
     * in at /console) sees it at the top of the inbox within 2 s, reads the summary, takes over, writes, and hands back.
     */
    private void assertConsoleAnswersAHandOff(Path root, DevStack stack) throws Exception {
        Path shots = Files.createDirectories(root.resolve("devstack/target/screenshots"));
        String output = runNode(root.resolve("e2e"), Duration.ofSeconds(180), "console.e2e.mjs", stack.gatewayUrl(),
                DevAuth.OPERATOR, stack.signIn().operatorPassword(), shots.toString());
        assertThat(shots.resolve("console-inbox.png")).isNotEmptyFile();
        assertThat(shots.resolve("console-conversation.png")).isNotEmptyFile();
        assertThat(shots.resolve("console-funnel.png")).isNotEmptyFile();
        assertThat(output).as("the staff reply carries the operator's name")
                .contains("\"staffReply\":\"" + DevAuth.OPERATOR_NAME + " (leasing team): ");
    }

    /**
     * The sample conversations ingested at first start are embedded in the background; a prospect's "do you allow
     * dogs" must then find agents' historical answers about the pet policy.
     */
    private static void assertHistoricalPetAnswersAreSearchable(GatewayClient gateway) throws Exception {
        JsonNode query = GatewayClient.JSON.createObjectNode().put("text", "do you allow dogs").put("k", 5);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        GatewayClient.Reply found = gateway.postJson("/api/embeddings/search", query);
        while (found.body().path(0).isMissingNode() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            found = gateway.postJson("/api/embeddings/search", query);
        }
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        found.body().forEach(result -> texts.add(result.path("text").asText().toLowerCase(Locale.ROOT)));
        assertThat(texts).as("top 5 for \"do you allow dogs\"").hasSize(5);
        assertThat(texts.subList(0, 3)).as("the best three are about pets: " + texts)
                .allMatch(text -> text.matches("(?s).*\\b(pets?|dogs?|cats?|animals?|breed|pup\\w*)\\b.*"));
    }

    /** The chat page's protocol client (reconnect with backoff, resume, resend of unacked frames) under node --test. */
    @Test
    void chatClientReconnectsResumesAndResendsUnackedFrames() throws Exception {
        Path root = DevStackConfig.rootDir(Map.of());
        String output = runNode(root.resolve("e2e"), Duration.ofSeconds(60), "--test", "chat-connection.test.mjs");
        assertThat(output).contains("# fail 0").containsPattern("# pass [1-9]");
    }

    /** The console's audit page (filters, cursor paging, refusals) under node --test, with a fake api wrapper. */
    @Test
    void consoleAuditPageFiltersAndPages() throws Exception {
        Path root = DevStackConfig.rootDir(Map.of());
        String output = runNode(root.resolve("e2e"), Duration.ofSeconds(60), "--test", "console-audit.test.mjs");
        assertThat(output).contains("# fail 0").containsPattern("# pass [1-9]");
    }

    /** The chat page opened from an emailed invite link: resumes the invited conversation from seq 0, no new start. */
    @Test
    void chatPageOpensAnInvitedConversation() throws Exception {
        Path root = DevStackConfig.rootDir(Map.of());
        String output = runNode(root.resolve("e2e"), Duration.ofSeconds(60), "--test", "chat-invite.test.mjs");
        assertThat(output).contains("# fail 0").containsPattern("# pass [1-9]");
    }

    /** The console's funnel page: accessible SVG charts of the funnel and the outcome buttons of past tours. */
    @Test
    void consoleFunnelDrawsItsChartsAndMarksToursUnderNodeTest() throws Exception {
        Path root = DevStackConfig.rootDir(Map.of());
        String output = runNode(root.resolve("e2e"), Duration.ofSeconds(60), "--test", "console-funnel.test.mjs");
        assertThat(output).contains("# fail 0").containsPattern("# pass [1-9]");
    }

    /** Runs node in a folder and returns its output; fails on a non-zero exit or when it outlives the timeout. */
    static String runNode(Path dir, Duration timeout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        Process node = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        Path log = Files.createTempFile("node-", ".log");
        Thread drain = new Thread(() -> {
            try (InputStream in = node.getInputStream()) {
                Files.copy(in, log, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // the process was killed; what was read so far is in the log
            }
        }, "node-output");
        drain.setDaemon(true);
        drain.start();
        boolean finished = node.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        drain.join(TimeUnit.SECONDS.toMillis(10));
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("node " + String.join(" ", args) + " finished within " + timeout + ": " + output).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        return output;
    }

    /** A property and one of its slots, preferring a slot with room for exactly one tour. */
    private static JsonNode[] pickSlot(GatewayClient gateway, JsonNode properties) throws Exception {
        JsonNode[] fallback = null;
        for (JsonNode property : properties) {
            GatewayClient.Reply availability = gateway.get("/api/properties/" + property.path("id").asText() + "/availability");
            assertThat(availability.status()).as(availability.raw()).isEqualTo(200);
            for (JsonNode slot : availability.body().path("slots")) {
                if (slot.path("remaining").asInt() == 1) {
                    return new JsonNode[] {property, slot};
                }
                if (fallback == null && slot.path("remaining").asInt() > 0) {
                    fallback = new JsonNode[] {property, slot};
                }
            }
        }
        if (fallback == null) {
            fail("no property offers a free slot");
        }
        return fallback;
    }

    /** Waits up to 30 s for a mail to {@code leadEmail} whose calendar invite contains every given line. */
    private void assertInviteInMailbox(String mailboxUrl, String leadEmail, String... icsLines) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            seen.clear();
            for (JsonNode message : mailTo(http, mailboxUrl, leadEmail)) {
                Optional<JsonNode> attachment = icsAttachment(message);
                if (attachment.isEmpty()) {
                    continue;
                }
                HttpResponse<String> ics = http.send(HttpRequest.newBuilder(
                                URI.create(mailboxUrl + attachment.get().path("url").asText())).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(ics.statusCode()).isEqualTo(200);
                assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
                seen.add(ics.body());
                if (ics.body().contains("BEGIN:VCALENDAR") && ics.body().contains("METHOD:REQUEST")
                        && Arrays.stream(icsLines).allMatch(ics.body()::contains)) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        fail("no invite to " + leadEmail + " with " + Arrays.toString(icsLines) + " within 30 s; seen: " + seen);
    }

    /** The confirmation's "manage your tour" link carries a token that opens this tour, without any account. */
    private void assertManageLinkOpensOnlyItsTour(String mailboxUrl, String leadEmail, String tourId,
                                                 GatewayClient anonymous) throws Exception {
        Pattern link = Pattern.compile("/book/manage\\.html\\?tour=([^&\\s]+)&token=([^\\s\"<]+)");
        Matcher found = null;
        for (JsonNode message : mailTo(http, mailboxUrl, leadEmail)) {
            HttpResponse<String> detail = http.send(HttpRequest.newBuilder(URI.create(mailboxUrl + "/api/messages/"
                    + message.path("id").asText())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher matcher = link.matcher(GatewayClient.JSON.readTree(detail.body()).path("text").asText());
            if (matcher.find()) {
                found = matcher;
            }
        }
        assertThat(found).as("a manage link in the mail to " + leadEmail).isNotNull();
        assertThat(URLDecoder.decode(found.group(1), StandardCharsets.UTF_8)).isEqualTo(tourId);
        String token = URLDecoder.decode(found.group(2), StandardCharsets.UTF_8);
        GatewayClient.Reply tour = anonymous.send(anonymous.getRequest("/api/tours/" + tourId, "X-Tour-Token", token));
        assertThat(tour.status()).as(tour.raw()).isEqualTo(200);
        assertThat(anonymous.send(anonymous.getRequest("/api/tours/" + tourId + "x", "X-Tour-Token", token)).status())
                .isEqualTo(401);
    }

    /** The mailbox's messages to this address, newest first. */
    static List<JsonNode> mailTo(HttpClient http, String mailboxUrl, String email) throws Exception {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(mailboxUrl + "/api/messages")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        List<JsonNode> messages = new ArrayList<>();
        for (JsonNode message : GatewayClient.JSON.readTree(list.body())) {
            if (message.path("to").toString().contains(email)) {
                messages.add(message);
            }
        }
        return messages;
    }

    private static Optional<JsonNode> icsAttachment(JsonNode message) {
        for (JsonNode attachment : message.path("attachments")) {
            if (attachment.path("filename").asText().endsWith(".ics")
                    || attachment.path("contentType").asText().startsWith("text/calendar")) {
                return Optional.of(attachment);
            }
        }
        return Optional.empty();
    }

    private static void assertTourScheduledEvent(String bootstrapServers, String tourId) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "devstack-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.BOOKINGS_EVENTS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header type = record.headers().lastHeader("ce_type");
                    if (tourId.equals(record.key()) && type != null
                            && EventTypes.TOUR_SCHEDULED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        return;
                    }
                }
            }
        }
        fail("no " + EventTypes.TOUR_SCHEDULED + " record keyed " + tourId + " on " + Topics.BOOKINGS_EVENTS + " within 30 s");
    }
}
