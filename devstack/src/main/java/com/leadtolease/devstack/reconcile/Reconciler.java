package com.leadtolease.devstack.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import org.bson.Document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the stores, the mailbox and every Kafka topic of a stack and checks that what went in came out once: each
 * answered chat message has one reply (on chat.outbound, in the gateway's reply log, in the transcript), each tour one
 * scheduled event, each booking event one email delivery and each email delivery one mail, every webhook was
 * delivered, and no dead-letter topic holds a record. Given the tours a client was told were booked (a load run),
 * also that each is stored, has one confirmation mail, and that no other tour was stored.
 */
public final class Reconciler {

    static final Set<String> EMAIL_EVENT_TYPES = Set.of(EventTypes.TOUR_SCHEDULED, EventTypes.TOUR_RESCHEDULED,
            EventTypes.TOUR_CANCELLED, EventTypes.TOUR_REMINDER_DUE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a stack keeps what is counted. */
    public record Sources(String mongoUri, String kafkaBootstrapServers, Path mailDir, Collection<String> topics) {
    }

    private Reconciler() {
    }

    /**
     * Reads and checks, again every 2 s while something is missing or doubled, for up to {@code settle} (events
     * still in flight when it starts); the last report is returned.
     *
     * @throws IllegalStateException when a source cannot be read
     */
    public static Report run(Sources sources, Duration settle) throws InterruptedException {
        return run(sources, settle, null);
    }

    /** As {@link #run(Sources, Duration)}, also checking the tours a client saw confirmed (null: no such check). */
    public static Report run(Sources sources, Duration settle, Set<String> confirmedTours) throws InterruptedException {
        long deadline = System.nanoTime() + settle.toNanos();
        while (true) {
            Report report = check(StoreLedger.read(sources.mongoUri(), Duration.ofSeconds(10)),
                    KafkaLedger.read(sources.kafkaBootstrapServers(), sources.topics(), Duration.ofSeconds(60)),
                    MailLedger.read(sources.mailDir()), confirmedTours);
            if (report.consistent() || System.nanoTime() >= deadline) {
                return report;
            }
            Thread.sleep(2000);
        }
    }

    static Report check(StoreLedger store, KafkaLedger kafka, MailLedger mail) {
        return check(store, kafka, mail, null);
    }

    static Report check(StoreLedger store, KafkaLedger kafka, MailLedger mail, Set<String> confirmedTours) {
        Report report = new Report();
        chat(store, kafka, report);
        tours(store, kafka, mail, report);
        if (confirmedTours != null) {
            confirmed(confirmedTours, store, kafka, mail, report);
        }
        kafka.byTopic().forEach((topic, records) -> {
            if (topic.endsWith(".dlq")) {
                report.add("records on " + topic, 0, records.size(), records.size(), 0,
                        records.size() == 0 ? "" : "dead-lettered: " + types(records));
            }
        });
        kafka.byTopic().forEach((topic, records) -> {
            if (!topic.endsWith(".dlq")) {
                report.info("records on " + topic + " (distinct event ids " + distinctIds(records) + ")",
                        records.size());
            }
        });
        return report;
    }

    private static void chat(StoreLedger store, KafkaLedger kafka, Report report) {
        List<Document> answered = store.turns().stream().filter(t -> !t.getString("_id").startsWith("operator-"))
                .toList();
        // gateway reply log: one entry per answered message, keyed session/messageId
        Map<String, Long> logged = store.replyLog().stream()
                .collect(Collectors.groupingBy(r -> r.getString("key"), Collectors.counting()));
        long lost = 0;
        long doubled = 0;
        for (Document turn : answered) {
            long n = logged.getOrDefault(turn.getString("sessionId") + "/" + turn.getString("_id"), 0L);
            lost += n == 0 ? 1 : 0;
            doubled += n > 1 ? 1 : 0;
        }
        report.add("chat replies in the gateway's reply log", answered.size(),
                answered.size() - lost + doubled, lost, doubled, "per answered message (agent turns)");

        // chat.outbound: one distinct reply event per answered message (a redelivered record repeats its id)
        Map<String, Set<String>> idsByMessage = new HashMap<>();
        for (KafkaLedger.Record r : kafka.records(Topics.CHAT_OUTBOUND)) {
            String inReplyTo = field(r.value(), "inReplyTo");
            if (inReplyTo != null) {
                idsByMessage.computeIfAbsent(r.key() + "/" + inReplyTo, k -> new HashSet<>()).add(r.eventId());
            }
        }
        lost = 0;
        doubled = 0;
        for (Document turn : answered) {
            Set<String> ids = idsByMessage.getOrDefault(turn.getString("sessionId") + "/" + turn.getString("_id"),
                    Set.of());
            lost += ids.isEmpty() ? 1 : 0;
            doubled += ids.size() > 1 ? 1 : 0;
        }
        report.add("replies on chat.outbound", answered.size(), answered.size() - lost + doubled, lost, doubled,
                "distinct event ids per answered message");

        // transcript: one agent line per turn that said something
        Map<String, Long> expectedLines = new HashMap<>();
        for (Document turn : store.turns()) {
            Document reply = turn.get("reply", Document.class);
            String text = reply == null ? null : field(reply.getString("data"), "reply");
            if (text != null && !text.isEmpty()) {
                expectedLines.merge(turn.getString("sessionId"), 1L, Long::sum);
            }
        }
        Map<String, Long> foundLines = store.agentLines().stream()
                .collect(Collectors.groupingBy(m -> m.getString("threadId"), Collectors.counting()));
        lost = 0;
        doubled = 0;
        Set<String> sessions = new TreeSet<>(expectedLines.keySet());
        sessions.addAll(foundLines.keySet());
        for (String session : sessions) {
            long diff = foundLines.getOrDefault(session, 0L) - expectedLines.getOrDefault(session, 0L);
            lost += Math.max(0, -diff);
            doubled += Math.max(0, diff);
        }
        long expected = expectedLines.values().stream().mapToLong(Long::longValue).sum();
        report.add("agent lines in the transcript (messages)", expected, expected - lost + doubled, lost, doubled,
                "one per turn with a reply");
        long pending = store.turns().stream().filter(t -> !t.getList("outbox", Object.class, List.of()).isEmpty())
                .count();
        report.add("turns with events not yet published", 0, pending, pending, 0, "outbox not empty");
    }

    private static void tours(StoreLedger store, KafkaLedger kafka, MailLedger mail, Report report) {
        List<KafkaLedger.Record> bookingEvents = kafka.records(Topics.BOOKINGS_EVENTS);
        Map<String, Set<String>> scheduledIds = new HashMap<>();
        Map<String, KafkaLedger.Record> emailEvents = new HashMap<>();
        for (KafkaLedger.Record r : bookingEvents) {
            if (EventTypes.TOUR_SCHEDULED.equals(r.type())) {
                scheduledIds.computeIfAbsent(r.key(), k -> new HashSet<>()).add(r.eventId());
            }
            if (EMAIL_EVENT_TYPES.contains(r.type()) && r.eventId() != null) {
                emailEvents.putIfAbsent(r.eventId(), r);
            }
        }
        List<Document> tours = store.tours().stream().filter(t -> !"pending".equals(t.getString("status"))).toList();
        long lost = 0;
        long doubled = 0;
        for (Document tour : tours) {
            int n = scheduledIds.getOrDefault(tour.getString("_id"), Set.of()).size();
            lost += n == 0 ? 1 : 0;
            doubled += n > 1 ? 1 : 0;
        }
        report.add("tours with one tour.scheduled event", tours.size(), tours.size() - lost + doubled, lost, doubled,
                "bookings.events, distinct event ids per tour");
        long unpublished = store.tours().stream()
                .filter(t -> !t.getList("outbox", Object.class, List.of()).isEmpty()).count();
        report.add("tours with events not yet published", 0, unpublished, unpublished, 0, "outbox not empty");

        List<Document> emails = store.deliveries().stream().filter(d -> "email".equals(d.getString("channel")))
                .toList();
        Map<String, Long> emailDeliveries = emails.stream()
                .collect(Collectors.groupingBy(d -> d.getString("sourceEventId"), Collectors.counting()));
        lost = 0;
        doubled = 0;
        for (String eventId : emailEvents.keySet()) {
            long n = emailDeliveries.getOrDefault(eventId, 0L);
            lost += n == 0 ? 1 : 0;
            doubled += n > 1 ? 1 : 0;
        }
        report.add("booking events with one email delivery", emailEvents.size(),
                emailEvents.size() - lost + doubled, lost, doubled, "notification deliveries, channel email");

        Map<String, Long> mailsByEvent = mail.mails().stream().filter(m -> m.eventId() != null)
                .collect(Collectors.groupingBy(MailLedger.Mail::eventId, Collectors.counting()));
        lost = 0;
        doubled = 0;
        Set<String> deliveredEvents = new HashSet<>();
        for (Document delivery : emails) {
            String eventId = delivery.getString("sourceEventId");
            deliveredEvents.add(eventId);
            long n = mailsByEvent.getOrDefault(eventId, 0L);
            lost += n == 0 ? 1 : 0;
            doubled += n > 1 ? n - 1 : 0;
        }
        long strays = mail.mails().stream().filter(m -> m.eventId() == null || !deliveredEvents.contains(m.eventId()))
                .count();
        report.add("emails in the mailbox", emails.size(), mail.mails().size(), lost, doubled + strays,
                "one mail per email delivery" + (strays == 0 ? "" : "; " + strays + " mail(s) for no delivery")
                        + statuses(emails));

        List<Document> webhooks = store.deliveries().stream().filter(d -> !"email".equals(d.getString("channel")))
                .toList();
        long notDelivered = webhooks.stream().filter(d -> !"delivered".equals(d.getString("status"))).count();
        report.add("webhook deliveries delivered", webhooks.size(), webhooks.size() - notDelivered, notDelivered, 0,
                "notification deliveries, channel webhook" + statuses(webhooks));
    }

    /**
     * The client's side of the bookings: every tour it was told was booked is stored (past pending) and got one mail
     * for its tour.scheduled event; a stored tour it was never told about counts as doubled.
     */
    private static void confirmed(Set<String> confirmedTours, StoreLedger store, KafkaLedger kafka, MailLedger mail,
                                  Report report) {
        Set<String> stored = store.tours().stream().filter(t -> !"pending".equals(t.getString("status")))
                .map(t -> t.getString("_id")).collect(Collectors.toSet());
        long missing = confirmedTours.stream().filter(id -> !stored.contains(id)).count();
        long unconfirmed = stored.stream().filter(id -> !confirmedTours.contains(id)).count();
        report.add("tours confirmed in chat, stored", confirmedTours.size(),
                confirmedTours.size() - missing + unconfirmed, missing, unconfirmed,
                "booking.tours" + (unconfirmed == 0 ? "" : "; " + unconfirmed + " stored tour(s) never confirmed"));

        Set<String> scheduledEvents = kafka.records(Topics.BOOKINGS_EVENTS).stream()
                .filter(r -> EventTypes.TOUR_SCHEDULED.equals(r.type()) && r.eventId() != null)
                .map(r -> r.key() + "/" + r.eventId()).collect(Collectors.toSet());
        Map<String, Long> confirmations = mail.mails().stream()
                .filter(m -> m.tourId() != null && scheduledEvents.contains(m.tourId() + "/" + m.eventId()))
                .collect(Collectors.groupingBy(MailLedger.Mail::tourId, Collectors.counting()));
        long lost = 0;
        long doubled = 0;
        for (String tourId : confirmedTours) {
            long n = confirmations.getOrDefault(tourId, 0L);
            lost += n == 0 ? 1 : 0;
            doubled += Math.max(0, n - 1);
        }
        report.add("tours confirmed in chat with one confirmation mail", confirmedTours.size(),
                confirmedTours.size() - lost + doubled, lost, doubled, "mail for the tour's tour.scheduled event");
    }

    private static String statuses(List<Document> deliveries) {
        Map<String, Long> byStatus = deliveries.stream().collect(Collectors.groupingBy(
                d -> String.valueOf(d.getString("status")), java.util.TreeMap::new, Collectors.counting()));
        return byStatus.isEmpty() ? "" : " " + byStatus;
    }

    private static String types(List<KafkaLedger.Record> records) {
        return records.stream().collect(Collectors.groupingBy(r -> String.valueOf(r.type()), java.util.TreeMap::new,
                Collectors.counting())).toString();
    }

    private static long distinctIds(List<KafkaLedger.Record> records) {
        return records.stream().map(KafkaLedger.Record::eventId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()).size();
    }

    private static String field(String json, String name) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json).get(name);
            return node == null || node.isNull() ? null : node.asText();
        } catch (Exception e) {
            return null;
        }
    }

}
