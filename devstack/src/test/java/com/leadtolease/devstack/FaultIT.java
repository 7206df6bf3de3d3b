package com.leadtolease.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.devstack.reconcile.KafkaLedger;
import com.leadtolease.devstack.reconcile.Reconcile;
import com.leadtolease.devstack.reconcile.Reconciler;
import com.leadtolease.devstack.reconcile.Report;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite: the whole local stack on free ports, driven through the gateway's public API as a prospect does,
 * while a service is killed, Kafka, the Mongo-wire store or SMTP are stopped and a Zapier target fails. Each scenario
 * asserts exactly-once outcomes (a reply per message, one tour, one email, one webhook) and empty dead-letter topics;
 * the last one runs the reconciliation (docs/reliability.md). Outage lengths in seconds: system properties
 * {@code fault.kafka.outage} (20), {@code fault.mongo.outage} (20), {@code fault.smtp.outage} (120),
 * {@code fault.webhook.outage} (120).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultIT {
    private static final Duration REPLY = Duration.ofSeconds(60);
    private static final Duration AFTER_OUTAGE = Duration.ofSeconds(180);
    /** How long to keep looking for a second copy once the first arrived. */
    private static final Duration SETTLE = Duration.ofSeconds(8);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> results = new LinkedHashMap<>();
    private final List<AutoCloseable> conversations = new ArrayList<>();
    private DevStack stack;
    private WebhookReceiver webhooks;
    private GatewayClient anonymous;
    private GatewayClient admin;
    private long suiteStart;
    private long scenarioStart;
    private int phone = 100;

    @BeforeAll
    void startStack() throws Exception {
        suiteStart = System.nanoTime();
        webhooks = new WebhookReceiver();
        Path root = DevStackConfig.rootDir(Map.of());
        DevStackConfig config = DevStackConfig.fromEnvironment(DevStackConfig.freePortEnvironment(root,
                TestDirs.create("fault-it")));
        stack = DevStack.start(config, Map.of(
                "ZAPIER_TOUR_SCHEDULED_URLS", webhooks.url(),
                // retries every few seconds at most, so a delivery goes out soon after its target is back
                "NOTIFICATION_RETRY_MAX_DELAY", "5s"));
        System.out.println("FaultIT: stack healthy in " + stack.startupTime().toSeconds() + " s");
        anonymous = new GatewayClient(stack.gatewayUrl());
        admin = anonymous.signedIn(DevAuth.ADMIN_CLIENT, stack.signIn().adminSecret());
    }

    @AfterAll
    void stopStack() throws Exception {
        for (AutoCloseable chat : conversations) {
            chat.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (webhooks != null) {
            webhooks.close();
        }
        StringBuilder summary = new StringBuilder("FaultIT results (whole run " + secondsSince(suiteStart) + " s):\n");
        results.forEach((name, outcome) -> summary.append("  ").append(name).append(": ").append(outcome).append('\n'));
        System.out.println(summary);
        Path out = DevStackConfig.rootDir(Map.of()).resolve("devstack/target/fault-suite-results.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, summary, StandardCharsets.UTF_8);
    }

    @org.junit.jupiter.api.BeforeEach
    void markStart(TestInfo test) {
        scenarioStart = System.nanoTime();
        results.put(test.getDisplayName(), "FAILED (see the test report)");
    }

    @org.junit.jupiter.api.AfterEach
    void markEnd(TestInfo test) {
        String outcome = results.get(test.getDisplayName());
        results.put(test.getDisplayName(), outcome + " in " + secondsSince(scenarioStart) + " s");
    }

    private void passed(TestInfo test) {
        results.put(test.getDisplayName(), "passed");
    }

    /** kill -9 of agent-service mid-conversation: the conversation goes on with its memory, each message answered once. */
    @Test
    @Order(1)
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void agentKilledMidConversation(TestInfo test) throws Exception {
        String email = lead("kill");
        ChatConversation chat = conversation();
        String greeting = chat.start();
        chat.awaitReply(greeting, REPLY);
        JsonNode slotOffer = chooseListing(chat, email);
        JsonNode slot = slotCards(slotOffer).get(0);

        String choose = chat.action("choose_slot", Map.of("slotId", slot.path("slotId").asText(),
                "propertyId", slot.path("propertyId").asText()));
        chat.awaitAck(choose, Duration.ofSeconds(15));
        stack.killService(ServiceSpec.AGENT);
        stack.restartService(ServiceSpec.AGENT);

        JsonNode booked = chat.awaitReply(choose, AFTER_OUTAGE);
        assertThat(booked.path("reply").asText()).as("booked after the restart, with the facts given before it")
                .contains("You're booked").contains(email);
        String after = chat.say("What are the pet rules?");
        assertThat(chat.awaitReply(after, REPLY).path("reply").asText()).isNotBlank();

        awaitMails(email, 1);
        Thread.sleep(SETTLE.toMillis());
        assertEachMessageAnsweredOnce(chat, 5);
        assertThat(tours(email)).as("one tour").hasSize(1);
        assertThat(mailsTo(email)).as("one confirmation").hasSize(1);
        passed(test);
    }

    /** Kafka stopped during a chat and a booking: the reply and both confirmations come after it returns, once. */
    @Test
    @Order(2)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void kafkaStoppedDuringAChatAndABooking(TestInfo test) throws Exception {
        Map<String, Integer> dlqBefore = dlqCounts();
        String chatEmail = lead("kafka-chat");
        String restEmail = lead("kafka-rest");
        ChatConversation chat = conversation();
        chat.awaitReply(chat.start(), REPLY);
        JsonNode slot = slotCards(chooseListing(chat, chatEmail)).get(0);
        JsonNode[] restSlot = freeSlot(slot.path("slotId").asText());

        long outageStart = System.nanoTime();
        stack.stopKafka();
        GatewayClient.Reply booked = anonymous.postJson("/api/tours", GatewayClient.tourRequest(
                restSlot[0].path("id").asText(), restSlot[1].path("slotId").asText(), "Kai Rest", restEmail, nextPhone()));
        assertThat(booked.status()).as("booking-service takes the tour without Kafka: " + booked.raw()).isEqualTo(201);
        String choose = chat.action("choose_slot", Map.of("slotId", slot.path("slotId").asText(),
                "propertyId", slot.path("propertyId").asText()));
        sleepUntil(outageStart, seconds("fault.kafka.outage", 20));
        stack.startKafka();

        assertThat(chat.awaitReply(choose, AFTER_OUTAGE).path("reply").asText()).contains("You're booked");
        awaitMails(chatEmail, 1);
        awaitMails(restEmail, 1);
        Thread.sleep(SETTLE.toMillis());
        assertEachMessageAnsweredOnce(chat, 4);
        assertThat(tours(chatEmail)).hasSize(1);
        assertThat(tours(restEmail)).hasSize(1);
        assertThat(mailsTo(chatEmail)).as("one confirmation for the chat's tour").hasSize(1);
        assertThat(mailsTo(restEmail)).as("one confirmation for the booked tour").hasSize(1);
        assertThat(scheduledEventIds(booked.body().path("id").asText())).as("one tour.scheduled event").hasSize(1);
        assertThat(dlqCounts()).as("nothing dead-lettered").isEqualTo(dlqBefore);
        passed(test);
    }

    /** The Mongo-wire store stopped while events flow: nothing reaches a DLQ, everything is processed after. */
    @Test
    @Order(3)
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void mongoStoppedWhileEventsFlow(TestInfo test) throws Exception {
        Map<String, Integer> dlqBefore = dlqCounts();
        String email = lead("mongo");
        ChatConversation chat = conversation();
        chat.awaitReply(chat.start(), REPLY);
        JsonNode[] restSlot = freeSlot(null);
        GatewayClient.Reply booked = anonymous.postJson("/api/tours", GatewayClient.tourRequest(
                restSlot[0].path("id").asText(), restSlot[1].path("slotId").asText(), "Mo Store", email, nextPhone()));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);

        long outageStart = System.nanoTime();
        stack.stopMongo();
        String question = chat.say("Hi, do you have 2 bedroom apartments in Katy?");
        chat.awaitAck(question, Duration.ofSeconds(15));
        sleepUntil(outageStart, seconds("fault.mongo.outage", 20));
        stack.startMongo();

        assertThat(chat.awaitReply(question, AFTER_OUTAGE).path("reply").asText()).isNotBlank();
        awaitMails(email, 1);
        Thread.sleep(SETTLE.toMillis());
        assertEachMessageAnsweredOnce(chat, 2);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(dlqCounts()).as("nothing dead-lettered").isEqualTo(dlqBefore);
        passed(test);
    }

    /** A bookings.events record delivered twice sends one email; book X, cancel, book X again is a real new tour. */
    @Test
    @Order(4)
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void duplicateRecordAndRebookingACancelledSlot(TestInfo test) throws Exception {
        String email = lead("dup");
        JsonNode[] restSlot = freeSlot(null);
        GatewayClient.Reply booked = anonymous.postJson("/api/tours", GatewayClient.tourRequest(
                restSlot[0].path("id").asText(), restSlot[1].path("slotId").asText(), "Dee Twice", email, nextPhone()));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        awaitMails(email, 1);
        republishScheduledEvent(booked.body().path("id").asText());
        Thread.sleep(SETTLE.multipliedBy(2).toMillis());
        assertThat(mailsTo(email)).as("the duplicate record sends nothing").hasSize(1);

        String chatEmail = lead("rebook");
        ChatConversation chat = conversation();
        chat.awaitReply(chat.start(), REPLY);
        JsonNode x = slotCards(chooseListing(chat, chatEmail)).get(0);
        Map<String, String> pickX = Map.of("slotId", x.path("slotId").asText(), "propertyId", x.path("propertyId").asText());
        assertThat(chat.awaitReply(chat.action("choose_slot", pickX), REPLY).path("reply").asText()).contains("You're booked");
        assertThat(chat.awaitReply(chat.say("Please cancel my tour"), REPLY).path("reply").asText()).contains("cancelled");
        JsonNode offeredAgain = chat.awaitReply(chat.say("Pick another time"), REPLY);
        assertThat(slotCards(offeredAgain)).as("slot X offered again after the cancel: " + offeredAgain)
                .anyMatch(slot -> slot.path("slotId").asText().equals(pickX.get("slotId")));
        JsonNode again = chat.awaitReply(chat.action("choose_slot", pickX), REPLY);
        assertThat(again.path("reply").asText()).as("slot X picked again").contains("You're booked");

        awaitMails(chatEmail, 3);
        Thread.sleep(SETTLE.toMillis());
        List<JsonNode> tours = tours(chatEmail);
        assertThat(tours).as("the cancelled tour and a new one: " + tours).hasSize(2);
        assertThat(tours.stream().map(t -> t.path("status").asText()).sorted().toList())
                .containsExactly("cancelled", "scheduled");
        assertThat(tours.stream().map(t -> t.path("slotId").asText()).distinct().toList()).containsExactly(pickX.get("slotId"));
        assertThat(mailsTo(chatEmail)).as("confirmation, cancellation, confirmation").hasSize(3);
        assertEachMessageAnsweredOnce(chat, 7);
        passed(test);
    }

    /** SMTP down and a Zapier target answering 500, both for 2 minutes: one email and one webhook after. */
    @Test
    @Order(5)
    @Timeout(value = 7, unit = TimeUnit.MINUTES)
    void smtpDownAndWebhookFailingForMinutes(TestInfo test) throws Exception {
        String email = lead("smtp");
        int smtpOutage = seconds("fault.smtp.outage", 120);
        int webhookOutage = seconds("fault.webhook.outage", 120);
        long outageStart = System.nanoTime();
        webhooks.failUntil(Instant.now().plusSeconds(webhookOutage));
        stack.stopSmtp();
        JsonNode[] restSlot = freeSlot(null);
        GatewayClient.Reply booked = anonymous.postJson("/api/tours", GatewayClient.tourRequest(
                restSlot[0].path("id").asText(), restSlot[1].path("slotId").asText(), "Sam Tp", email, nextPhone()));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        String tourId = booked.body().path("id").asText();
        sleepUntil(outageStart, smtpOutage);
        stack.startSmtp();
        sleepUntil(outageStart, webhookOutage);

        awaitMails(email, 1);
        Set<String> eventIds = scheduledEventIds(tourId);
        assertThat(eventIds).hasSize(1);
        String eventId = eventIds.iterator().next();
        long deadline = System.nanoTime() + AFTER_OUTAGE.toNanos();
        while (webhooks.accepted(eventId) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Thread.sleep(SETTLE.toMillis());
        assertThat(mailsTo(email)).as("one confirmation after SMTP is back").hasSize(1);
        assertThat(webhooks.accepted(eventId)).as("delivered once after the target is back ("
                + webhooks.attempts(eventId) + " attempts)").isEqualTo(1);
        assertThat(webhooks.acceptedPerEvent().values()).as("every tour's webhook accepted once")
                .allMatch(n -> n == 1);
        passed(test);
    }

    /** After the suite the reconciliation finds nothing lost or doubled. */
    @Test
    @Order(6)
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void reconciliationFindsNothingLostOrDoubled(TestInfo test) throws Exception {
        Report report = Reconciler.run(Reconcile.sources(stack.config()), Duration.ofSeconds(30));
        String table = report.toString();
        System.out.println("FaultIT reconciliation:\n" + table);
        Path out = DevStackConfig.rootDir(Map.of()).resolve("devstack/target/fault-reconciliation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
        assertThat(report.consistent()).as(table).isTrue();
        passed(test);
    }

    // ---- the prospect's side ----

    private ChatConversation conversation() throws Exception {
        ChatConversation chat = ChatConversation.open(anonymous, stack.gatewayUrl());
        conversations.add(chat);
        return chat;
    }

    /** Everything in one message, then the first listing: answers the reply offering its tour times. */
    private JsonNode chooseListing(ChatConversation chat, String email) throws Exception {
        String facts = chat.say("Hi, I'm Ana, 2 bedrooms in Katy under 1900, moving June 1, "
                + (LocalDate.now().getYear() + 1) + ", I have a cat, " + email + " " + nextPhone());
        JsonNode listed = chat.awaitReply(facts, REPLY);
        JsonNode listing = null;
        for (JsonNode card : listed.path("cards")) {
            if ("listing".equals(card.path("type").asText())) {
                listing = card;
                break;
            }
        }
        assertThat(listing).as("a listing card in " + listed).isNotNull();
        JsonNode offer = chat.awaitReply(chat.action("choose_listing",
                Map.of("propertyId", listing.path("propertyId").asText())), REPLY);
        assertThat(slotCards(offer)).as("tour times offered: " + offer).isNotEmpty();
        return offer;
    }

    private static List<JsonNode> slotCards(JsonNode reply) {
        List<JsonNode> slots = new ArrayList<>();
        reply.path("cards").forEach(card -> {
            if ("slot".equals(card.path("type").asText())) {
                slots.add(card);
            }
        });
        return slots;
    }

    private static void assertEachMessageAnsweredOnce(ChatConversation chat, int messages) {
        Map<String, Integer> replies = chat.repliesPerMessage();
        assertThat(replies).as("replies per message id, frames: " + chat.frames()).hasSize(messages);
        assertThat(replies.values()).as("each message answered exactly once: " + replies).allMatch(n -> n == 1);
        Map<Long, Long> seqSeen = chat.frames().stream().filter(f -> "reply".equals(f.path("type").asText()))
                .collect(Collectors.groupingBy(f -> f.path("seq").asLong(), Collectors.counting()));
        assertThat(seqSeen.values()).as("no reply frame pushed twice").allMatch(n -> n == 1);
    }

    /** A property and a slot with room, other than {@code notSlot}. */
    private JsonNode[] freeSlot(String notSlot) throws Exception {
        GatewayClient.Reply properties = admin.get("/api/properties");
        assertThat(properties.status()).as(properties.raw()).isEqualTo(200);
        for (JsonNode property : properties.body().path("items")) {
            GatewayClient.Reply availability = admin.get("/api/properties/" + property.path("id").asText()
                    + "/availability");
            for (JsonNode slot : availability.body().path("slots")) {
                if (slot.path("remaining").asInt() > 0 && !slot.path("slotId").asText().equals(notSlot)) {
                    return new JsonNode[] {property, slot};
                }
            }
        }
        throw new AssertionError("no free slot");
    }

    private List<JsonNode> tours(String email) throws Exception {
        GatewayClient.Reply tours = admin.get("/api/tours?email=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertThat(tours.status()).as(tours.raw()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        tours.body().path("items").forEach(list::add);
        return list;
    }

    private String lead(String scenario) {
        return "fault-" + scenario + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private String nextPhone() {
        return "713-555-0" + (phone++);
    }

    // ---- the mailbox ----

    /**
     * The mail to this address about booking, cancelling or moving a tour. Reminders are left out: a tour in the next
     * 24 h (every slot of a suite run that late in the day) also gets one, a minute or so later, which is right.
     */
    private List<JsonNode> mailsTo(String email) throws Exception {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(stack.mailboxUrl() + "/api/messages"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        List<JsonNode> messages = new ArrayList<>();
        for (JsonNode message : GatewayClient.JSON.readTree(list.body())) {
            if (message.path("to").toString().contains(email)
                    && !message.path("subject").asText().startsWith("Reminder")) {
                messages.add(message);
            }
        }
        return messages;
    }

    private void awaitMails(String email, int count) throws Exception {
        long deadline = System.nanoTime() + AFTER_OUTAGE.toNanos();
        while (mailsTo(email).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(count + " mail(s) to " + email + " expected within " + AFTER_OUTAGE.toSeconds()
                        + " s, got " + mailsTo(email).size());
            }
            Thread.sleep(500);
        }
    }

    // ---- Kafka ----

    private Map<String, Integer> dlqCounts() {
        List<String> dlqs = DevStack.topics().stream().filter(t -> t.endsWith(".dlq")).toList();
        Map<String, Integer> counts = new HashMap<>();
        KafkaLedger.read(stack.kafkaBootstrapServers(), dlqs, Duration.ofSeconds(60)).byTopic()
                .forEach((topic, records) -> counts.put(topic, records.size()));
        return counts;
    }

    private Set<String> scheduledEventIds(String tourId) {
        return KafkaLedger.read(stack.kafkaBootstrapServers(), List.of(Topics.BOOKINGS_EVENTS), Duration.ofSeconds(60))
                .records(Topics.BOOKINGS_EVENTS).stream()
                .filter(r -> tourId.equals(r.key()) && EventTypes.TOUR_SCHEDULED.equals(r.type()))
                .map(KafkaLedger.Record::eventId).collect(Collectors.toSet());
    }

    /** Publishes the tour's tour.scheduled record again, unchanged (key, headers, value): a redelivery. */
    private void republishScheduledEvent(String tourId) throws Exception {
        ConsumerRecord<String, String> original = null;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "fault-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.BOOKINGS_EVENTS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (original == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header type = record.headers().lastHeader("ce_type");
                    if (tourId.equals(record.key()) && type != null && EventTypes.TOUR_SCHEDULED.equals(
                            new String(type.value(), StandardCharsets.UTF_8))) {
                        original = record;
                    }
                }
            }
        }
        assertThat(original).as("the tour.scheduled record of " + tourId).isNotNull();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(Topics.BOOKINGS_EVENTS, null, original.key(), original.value(),
                    original.headers())).get(30, TimeUnit.SECONDS);
        }
    }

    // ---- time ----

    private static int seconds(String property, int defaultSeconds) {
        return Integer.parseInt(System.getProperty(property, Integer.toString(defaultSeconds)));
    }

    private static void sleepUntil(long startNanos, int seconds) throws InterruptedException {
        long left = startNanos + TimeUnit.SECONDS.toNanos(seconds) - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static long secondsSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
    }
}
