package com.leadtolease.agent;

import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.repository.TurnRepository;
import com.leadtolease.agent.support.BookingServiceStub;
import com.leadtolease.agent.support.EmbeddingServiceStub;
import com.leadtolease.agent.support.GatewayTokenStub;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.testing.ContainersProfile;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.leadtolease.agent.support.BookingFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * agent-service on MongoDB Atlas Local and Apache Kafka: chat.inbound turns are answered in order on
 * chat.outbound and each turn's outbox is emptied (the booking / embedding services stay WireMock stubs).
 */
@Tag(ContainersProfile.TAG)
@Testcontainers(disabledWithoutDocker = true)
@QuarkusTest
@TestProfile(AgentContainersTest.WithStubs.class)
class AgentContainersTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** The containers plus the module's stubs of the services the agent calls. */
    public static class WithStubs extends ContainersProfile {
        public WithStubs() {
            super(List.of(BookingServiceStub.class, EmbeddingServiceStub.class, GatewayTokenStub.class));
        }
    }

    @Inject
    SessionRepository sessions;
    @Inject
    TurnRepository turns;

    @Test
    void inboundChatIsAnsweredInOrderAndEveryTurnLeavesTheOutbox() {
        String sessionId = "containers-" + UUID.randomUUID();
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "m-start", "kind", "start", "channel", "sms"));
        send(sessionId, Map.of("sessionId", sessionId, "messageId", "m-1", "kind", "message",
                "text", "I need 2 bedrooms in Pearland"));

        List<ConsumerRecord<String, String>> replies = KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()), 2, WAIT);

        assertThat(replies).extracting(r -> KafkaTestClient.header(r, "ce_type").orElse(""))
                .containsOnly(EventTypes.AGENT_REPLIED);
        assertThat(replies.get(0).value()).contains("\"inReplyTo\":\"m-start\"");
        assertThat(replies.get(1).value()).contains("\"inReplyTo\":\"m-1\"").contains("2 bedrooms in Pearland");
        assertThat(sessions.findById(sessionId).channel).isEqualTo("sms");
        await().atMost(WAIT).untilAsserted(() -> {
            List<Turn> stored = turns.find("sessionId", sessionId).list();
            assertThat(stored).hasSize(2).allSatisfy(turn -> assertThat(turn.outbox).isEmpty());
        });
    }

    private static void send(String sessionId, Map<String, Object> data) {
        KafkaTestClient.sendCloudEvent("/chat-gateway", Topics.CHAT_INBOUND, sessionId,
                EventTypes.CHAT_MESSAGE_RECEIVED, json(data));
    }
}
