package com.leadtolease.agent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.repository.TurnRepository;
import com.leadtolease.agent.support.BookingFixtures;
import com.leadtolease.agent.support.InjectBookingService;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.leadtolease.agent.support.BookingFixtures.at;
import static com.leadtolease.agent.support.BookingFixtures.json;
import static com.leadtolease.agent.support.BookingFixtures.listing;
import static com.leadtolease.agent.support.BookingFixtures.page;
import static com.leadtolease.agent.support.BookingFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** chat.inbound → the same policy → chat.outbound, on the real embedded broker; redeliveries handled once. */
@QuarkusTest
class ChatKafkaTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectBookingService
    WireMockServer booking;
    @Inject
    SessionRepository sessions;
    @Inject
    TurnRepository turns;

    @BeforeEach
    void resetBooking() {
        booking.resetAll();
    }

    @Test
    void answersInboundMessagesInOrderOnChatOutbound() {
        String sessionId = "kafka-" + UUID.randomUUID();
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "m-start", "kind", "start", "channel", "sms"));
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "m-1", "kind", "message",
                "text", "I need 2 bedrooms in Pearland"));
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "m-2", "kind", "message",
                "text", "under $1600"));

        List<ConsumerRecord<String, String>> replies = KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()), 3, WAIT);
        assertThat(replies).extracting(r -> KafkaTestClient.header(r, "ce_type").orElse(""))
                .containsOnly(EventTypes.AGENT_REPLIED);
        assertThat(replies.get(0).value()).contains("\"inReplyTo\":\"m-start\"").contains("Hi!");
        assertThat(replies.get(1).value()).contains("\"inReplyTo\":\"m-1\"").contains("2 bedrooms in Pearland");
        assertThat(replies.get(2).value()).contains("\"inReplyTo\":\"m-2\"").contains("under $1,600")
                .contains("When would you like to move in, and will any pets be moving with you?");
        assertThat(sessions.findById(sessionId).channel).isEqualTo("sms");
        await().atMost(WAIT).untilAsserted(() -> {
            List<Turn> stored = turns.find("sessionId", sessionId).list();
            assertThat(stored).as("each turn's events removed from its outbox once published").hasSize(3)
                    .allSatisfy(turn -> assertThat(turn.outbox).isEmpty());
        });
    }

    @Test
    void aRedeliveredSlotChoiceBooksOnceAndGetsItsFirstAnswerAgain() {
        LocalDate day = BookingFixtures.today().plusDays(2);
        booking.stubFor(get(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo("Spring"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(page(List.of(listing("spring-pines", "Spring Pines", "Spring", 1300, List.of()))))));
        BookingFixtures.stubProperty(booking, "spring-pines", "Spring Pines", "Spring");
        BookingFixtures.stubAvailability(booking, "spring-pines", List.of(slot("sp-1", at(day, 10, 0)),
                slot("sp-2", at(day.plusDays(1), 10, 0)), slot("sp-3", at(day.plusDays(2), 10, 0))));
        booking.stubFor(post(urlEqualTo("/api/tours")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(BookingFixtures.tour("tour-kafka", "spring-pines", "Spring Pines", "sp-1", at(day, 10, 0)))));

        String sessionId = "kafka-" + UUID.randomUUID();
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "k-1", "kind", "message",
                "text", "Lee here, lee@example.com 281-555-0123, 1 bedroom in Spring under 1500, moving next month, "
                        + "no pets"));
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "k-2", "kind", "action",
                "actionType", "choose_listing", "payload", Map.of("propertyId", "spring-pines")));
        await().atMost(WAIT).until(() -> sessions.findByIdOptional(sessionId)
                .map(s -> s.offeredSlots.size() == 3).orElse(false));

        Map<String, Object> choose = Map.of("sessionId", sessionId, "messageId", "k-3", "kind", "action",
                "actionType", "choose_slot", "payload", Map.of("slotId", "sp-1"));
        send(sessionId, choose);
        send(sessionId, choose);
        send(sessionId, choose);
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "k-4", "kind", "message", "text", "thanks!"));

        KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND, r -> sessionId.equals(r.key())
                && r.value().contains("\"inReplyTo\":\"k-4\""), 1, WAIT);
        List<ConsumerRecord<String, String>> answers = KafkaTestClient.readFor(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()) && r.value().contains("\"inReplyTo\":\"k-3\""), Duration.ofSeconds(3));
        assertThat(answers).isNotEmpty().allSatisfy(answer -> assertThat(answer.value()).contains("You're booked"));
        String firstAnswerId = KafkaTestClient.header(answers.get(0), "ce_id").orElseThrow();
        assertThat(answers).as("a message that came again gets its first answer again, never a second one")
                .extracting(r -> KafkaTestClient.header(r, "ce_id").orElse("")).containsOnly(firstAnswerId);

        send(sessionId, choose); // a browser's re-send, long after the answer went out
        List<ConsumerRecord<String, String>> again = KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()) && r.value().contains("\"inReplyTo\":\"k-3\""), answers.size() + 1,
                WAIT);
        assertThat(again).extracting(r -> KafkaTestClient.header(r, "ce_id").orElse("")).containsOnly(firstAnswerId);
        booking.verify(1, postRequestedFor(urlEqualTo("/api/tours")));
        ConversationSession session = sessions.findById(sessionId);
        assertThat(session.tour.tourId).isEqualTo("tour-kafka");
        assertThat(session.facts.name).isEqualTo("Lee");
    }

    @Test
    void aRefusedMessageIsAnsweredWithATurnFailedEventInsteadOfTheDeadLetterTopic() {
        String sessionId = "kafka-unknown-" + UUID.randomUUID();
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "f-1", "kind", "action",
                "actionType", "mark_favorite", "payload", Map.of()));
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "f-2", "kind", "message"));
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "f-3", "kind", "action", "actionType", "dance",
                "payload", Map.of()));

        List<ConsumerRecord<String, String>> failures = KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()), 3, WAIT);
        assertThat(failures).extracting(r -> KafkaTestClient.header(r, "ce_type").orElse(""))
                .containsOnly(EventTypes.CHAT_TURN_FAILED);
        assertThat(failures.get(0).value()).contains("\"inReplyTo\":\"f-1\"").contains("\"status\":404");
        assertThat(failures.get(1).value()).contains("\"inReplyTo\":\"f-2\"").contains("\"status\":400")
                .contains("\"errors\":[{\"field\":\"text\",\"message\":\"is required\"}]");
        assertThat(failures.get(2).value()).contains("\"inReplyTo\":\"f-3\"").contains("\"status\":400")
                .contains("actionType: must be one of");
        assertThat(KafkaTestClient.readFor(Topics.deadLetter(Topics.CHAT_INBOUND), r -> sessionId.equals(r.key()),
                Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aSecondStartOfTheSameSessionIsRefusedWithAConflict() {
        String sessionId = "kafka-restart-" + UUID.randomUUID();
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "s-1", "kind", "start"));
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "s-2", "kind", "start"));

        List<ConsumerRecord<String, String>> answers = KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()), 2, WAIT);
        assertThat(KafkaTestClient.header(answers.get(0), "ce_type")).contains(EventTypes.AGENT_REPLIED);
        assertThat(KafkaTestClient.header(answers.get(1), "ce_type")).contains(EventTypes.CHAT_TURN_FAILED);
        assertThat(answers.get(1).value()).contains("\"inReplyTo\":\"s-2\"").contains("\"status\":409")
                .contains("has already started");
    }

    @Test
    void aMessageIdTakenByAnotherConversationIsRefusedAndItsReplyNotSentAgain() {
        String first = "kafka-first-" + UUID.randomUUID();
        String second = "kafka-second-" + UUID.randomUUID();
        String messageId = "shared-" + UUID.randomUUID();
        send(first, Map.of("sessionId", first, "messageId", messageId, "kind", "message", "text", "2 bedrooms in Katy"));
        KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND, r -> first.equals(r.key()), 1, WAIT);

        send(second, Map.of("sessionId", second, "messageId", messageId, "kind", "message", "text", "hello"));

        ConsumerRecord<String, String> refused = KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND,
                r -> second.equals(r.key()), 1, WAIT).get(0);
        assertThat(KafkaTestClient.header(refused, "ce_type")).contains(EventTypes.CHAT_TURN_FAILED);
        assertThat(refused.value()).contains("\"status\":409").contains("already taken by another conversation");
        assertThat(KafkaTestClient.readFor(Topics.CHAT_OUTBOUND, r -> first.equals(r.key()), Duration.ofSeconds(2)))
                .as("the first conversation's reply is not sent again").hasSize(1);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopic() {
        String sessionId = "kafka-bad-" + UUID.randomUUID();
        KafkaTestClient.sendCloudEvent("/chat-gateway", Topics.CHAT_INBOUND, sessionId, EventTypes.CHAT_MESSAGE_RECEIVED,
                "{\"sessionId\":\"" + sessionId + "\"}");
        KafkaTestClient.awaitRecords(Topics.deadLetter(Topics.CHAT_INBOUND), r -> sessionId.equals(r.key()), 1, WAIT);
    }

    private static void send(String sessionId, Map<String, Object> data) {
        KafkaTestClient.sendCloudEvent("/chat-gateway", Topics.CHAT_INBOUND, sessionId, EventTypes.CHAT_MESSAGE_RECEIVED, json(data));
    }
}
