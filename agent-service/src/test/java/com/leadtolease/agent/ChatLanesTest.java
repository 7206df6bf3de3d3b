package com.leadtolease.agent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.support.BookingFixtures;
import com.leadtolease.agent.support.HeldResponses;
import com.leadtolease.agent.support.InjectBookingService;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.leadtolease.agent.support.BookingFixtures.at;
import static com.leadtolease.agent.support.BookingFixtures.json;
import static com.leadtolease.agent.support.BookingFixtures.listing;
import static com.leadtolease.agent.support.BookingFixtures.page;
import static com.leadtolease.agent.support.BookingFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** chat.inbound turns of different conversations run side by side; each conversation's stay in order. */
@QuarkusTest
class ChatLanesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectBookingService
    WireMockServer booking;
    @Inject
    SessionRepository sessions;

    @BeforeEach
    void resetBooking() {
        booking.resetAll();
    }

    @AfterEach
    void releaseHeldAnswers() {
        HeldResponses.release();
    }

    @Test
    void aHeldBookingCallHoldsOnlyItsOwnConversation() throws InterruptedException {
        LocalDate day = BookingFixtures.today().plusDays(2);
        booking.stubFor(get(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo("Spring"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(page(List.of(listing("spring-pines", "Spring Pines", "Spring", 1300, List.of()))))));
        BookingFixtures.stubProperty(booking, "spring-pines", "Spring Pines", "Spring");
        BookingFixtures.stubAvailability(booking, "spring-pines", List.of(slot("sp-1", at(day, 10, 0)),
                slot("sp-2", at(day.plusDays(1), 10, 0)), slot("sp-3", at(day.plusDays(2), 10, 0))));
        booking.stubFor(post(urlEqualTo("/api/tours")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withTransformers(HeldResponses.NAME)
                .withBody(BookingFixtures.tour("tour-lanes", "spring-pines", "Spring Pines", "sp-1", at(day, 10, 0)))));

        String a = "lanes-a-" + UUID.randomUUID();
        send(a, Map.of("sessionId", a, "messageId", "a-1", "kind", "message",
                "text", "Lee here, lee@example.com 281-555-0123, 1 bedroom in Spring under 1500, moving next month, "
                        + "no pets"));
        send(a, Map.of("sessionId", a, "messageId", "a-2", "kind", "action",
                "actionType", "choose_listing", "payload", Map.of("propertyId", "spring-pines")));
        await().atMost(WAIT).until(() -> sessions.findByIdOptional(a)
                .map(s -> s.offeredSlots.size() == 3).orElse(false));

        HeldResponses.hold();
        send(a, Map.of("sessionId", a, "messageId", "a-3", "kind", "action",
                "actionType", "choose_slot", "payload", Map.of("slotId", "sp-1")));
        send(a, Map.of("sessionId", a, "messageId", "a-4", "kind", "message", "text", "thanks!"));
        assertThat(HeldResponses.awaitHeldRequest(WAIT)).as("conversation A's booking call reached the stub").isTrue();

        String b = "lanes-b-" + UUID.randomUUID();
        send(b, Map.of("sessionId", b, "messageId", "b-1", "kind", "message", "text", "I need 2 bedrooms in Pearland"));
        ConsumerRecord<String, String> bReply = KafkaTestClient.awaitRecord(Topics.CHAT_OUTBOUND,
                r -> b.equals(r.key()), HeldResponses.LONGEST_HOLD.minusSeconds(2));
        assertThat(bReply.value()).contains("\"inReplyTo\":\"b-1\"").contains("2 bedrooms in Pearland");
        assertThat(KafkaTestClient.readFor(Topics.CHAT_OUTBOUND, r -> a.equals(r.key())
                && (r.value().contains("\"inReplyTo\":\"a-3\"") || r.value().contains("\"inReplyTo\":\"a-4\"")),
                Duration.ofMillis(500))).as("A's later turns wait for its held booking").isEmpty();

        HeldResponses.release();
        List<ConsumerRecord<String, String>> aReplies = KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND,
                r -> a.equals(r.key()) && (r.value().contains("\"inReplyTo\":\"a-3\"")
                        || r.value().contains("\"inReplyTo\":\"a-4\"")), 2, WAIT);
        assertThat(aReplies).extracting(r -> KafkaTestClient.header(r, "ce_type").orElse(""))
                .containsOnly(EventTypes.AGENT_REPLIED);
        assertThat(aReplies.get(0).value()).as("A's messages answered in order")
                .contains("\"inReplyTo\":\"a-3\"").contains("You're booked");
        assertThat(aReplies.get(1).value()).contains("\"inReplyTo\":\"a-4\"");
        assertThat(aReplies.get(0).offset()).isLessThan(aReplies.get(1).offset());
        assertThat(sessions.findById(a).tour.tourId).isEqualTo("tour-lanes");
    }

    private static void send(String sessionId, Map<String, Object> data) {
        KafkaTestClient.sendCloudEvent("/chat-gateway", Topics.CHAT_INBOUND, sessionId,
                EventTypes.CHAT_MESSAGE_RECEIVED, json(data));
    }
}
