package com.leadtolease.devstack.reconcile;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks on hand-made ledgers: one of everything is consistent; a missing or second copy is named. */
class ReconcilerTest {

    private static Document turn(String id) {
        return new Document("_id", id).append("sessionId", "s1").append("outbox", List.of())
                .append("reply", new Document("data", "{\"inReplyTo\":\"" + id + "\",\"reply\":\"Hello\"}"));
    }

    private static KafkaLedger.Record reply(String messageId, String eventId) {
        return new KafkaLedger.Record(Topics.CHAT_OUTBOUND, "s1", eventId, EventTypes.AGENT_REPLIED,
                "{\"inReplyTo\":\"" + messageId + "\"}");
    }

    private static KafkaLedger.Record scheduled(String tourId, String eventId) {
        return new KafkaLedger.Record(Topics.BOOKINGS_EVENTS, tourId, eventId, EventTypes.TOUR_SCHEDULED, "{}");
    }

    private static StoreLedger store(List<Document> deliveries) {
        return new StoreLedger(List.of(turn("m1"), turn("m2")),
                List.of(new Document("_id", "s1:1").append("threadId", "s1"),
                        new Document("_id", "s1:3").append("threadId", "s1")),
                List.of(new Document("key", "s1/m1"), new Document("key", "s1/m2")),
                List.of(new Document("_id", "t1").append("status", "scheduled").append("outbox", List.of())),
                deliveries);
    }

    private static Document email(String eventId, String status) {
        return new Document("_id", "dlv-" + eventId).append("sourceEventId", eventId).append("channel", "email")
                .append("status", status).append("tourId", "t1");
    }

    private static KafkaLedger kafka(KafkaLedger.Record... extra) {
        List<KafkaLedger.Record> bookings = new java.util.ArrayList<>(List.of(scheduled("t1", "e1"),
                scheduled("t1", "e1"))); // a redelivered record: same event id, no double
        List<KafkaLedger.Record> outbound = new java.util.ArrayList<>(List.of(reply("m1", "r1"), reply("m2", "r2")));
        for (KafkaLedger.Record r : extra) {
            (r.topic().equals(Topics.BOOKINGS_EVENTS) ? bookings : outbound).add(r);
        }
        return KafkaLedger.of(Map.of(Topics.BOOKINGS_EVENTS, bookings, Topics.CHAT_OUTBOUND, outbound,
                Topics.deadLetter(Topics.BOOKINGS_EVENTS), List.of()));
    }

    private static MailLedger mails(String... eventIds) {
        return new MailLedger(java.util.Arrays.stream(eventIds).map(id -> new MailLedger.Mail(id + ".eml", "t1", id))
                .toList());
    }

    @Test
    void oneOfEverythingIsConsistent() {
        Report report = Reconciler.check(store(List.of(email("e1", "delivered"))), kafka(), mails("e1"));
        assertThat(report.consistent()).as(report.toString()).isTrue();
    }

    @Test
    void aSecondReplyEventForOneMessageAndASecondMailAreDoubled() {
        Report report = Reconciler.check(store(List.of(email("e1", "delivered"))), kafka(reply("m1", "r1-again")),
                mails("e1", "e1"));
        assertThat(report.problems()).extracting(Report.Row::check)
                .containsExactlyInAnyOrder("replies on chat.outbound", "emails in the mailbox");
        assertThat(report.problems()).allMatch(row -> row.doubled() == 1 && row.lost() == 0);
    }

    @Test
    void aFailedDeliveryADeadLetterAndATourWithoutEventAreLost() {
        KafkaLedger kafka = KafkaLedger.of(Map.of(Topics.BOOKINGS_EVENTS, List.of(),
                Topics.CHAT_OUTBOUND, List.of(reply("m1", "r1"), reply("m2", "r2")),
                Topics.deadLetter(Topics.BOOKINGS_EVENTS), List.of(scheduled("t1", "e1"))));
        Report report = Reconciler.check(store(List.of(email("e1", "failed"))), kafka, mails());
        assertThat(report.problems()).extracting(Report.Row::check).containsExactlyInAnyOrder(
                "tours with one tour.scheduled event", "emails in the mailbox",
                "records on " + Topics.deadLetter(Topics.BOOKINGS_EVENTS));
        assertThat(report.problems()).allMatch(row -> row.lost() == 1);
    }

    @Test
    void aTourConfirmedInChatIsStoredWithOneConfirmationMail() {
        Report report = Reconciler.check(store(List.of(email("e1", "delivered"))), kafka(), mails("e1"),
                java.util.Set.of("t1"));
        assertThat(report.consistent()).as(report.toString()).isTrue();
        assertThat(report.rows()).extracting(Report.Row::check).contains("tours confirmed in chat, stored",
                "tours confirmed in chat with one confirmation mail");
    }

    @Test
    void aConfirmedTourNotStoredIsLostAndAStoredTourNeverConfirmedIsDoubled() {
        Report report = Reconciler.check(store(List.of(email("e1", "delivered"))), kafka(), mails("e1"),
                java.util.Set.of("t2"));
        Report.Row stored = row(report, "tours confirmed in chat, stored");
        assertThat(stored.lost()).isEqualTo(1);
        assertThat(stored.doubled()).as("t1 stored, never confirmed").isEqualTo(1);
        assertThat(row(report, "tours confirmed in chat with one confirmation mail").lost()).isEqualTo(1);
    }

    @Test
    void aSecondConfirmationMailForAConfirmedTourIsDoubledAndAMailForAnotherEventDoesNotCount() {
        Report twice = Reconciler.check(store(List.of(email("e1", "delivered"))), kafka(), mails("e1", "e1"),
                java.util.Set.of("t1"));
        assertThat(row(twice, "tours confirmed in chat with one confirmation mail").doubled()).isEqualTo(1);

        Report otherEvent = Reconciler.check(store(List.of(email("e1", "delivered"))), kafka(), mails("e9"),
                java.util.Set.of("t1"));
        assertThat(row(otherEvent, "tours confirmed in chat with one confirmation mail").lost())
                .as("a mail about an event that is not the tour's tour.scheduled is no confirmation").isEqualTo(1);
    }

    private static Report.Row row(Report report, String check) {
        return report.rows().stream().filter(r -> r.check().equals(check)).findFirst().orElseThrow();
    }
}
