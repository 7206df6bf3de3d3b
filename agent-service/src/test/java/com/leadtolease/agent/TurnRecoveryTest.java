package com.leadtolease.agent;

import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.StoredMessage;
import com.leadtolease.agent.repository.MessageRepository;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.repository.TurnRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.leadtolease.agent.support.BookingFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A turn is committed with its session in one write and copied out to {@code turns} and {@code messages} after it.
 * These tests leave a turn as a crash between the two would (committed, not copied out) and check the conversation
 * recovers it without answering the message a second time.
 */
@QuarkusTest
class TurnRecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SessionRepository sessions;
    @Inject
    TurnRepository turns;
    @Inject
    MessageRepository messages;

    @Test
    void aMessageComingAgainAfterACrashGetsItsOriginalReplyAndIsNotAnsweredTwice() {
        String sessionId = "recover-" + UUID.randomUUID();
        ConversationSession before = answerTwoMessagesThenLoseTheLastCopy(sessionId);

        send(sessionId, "r-1", "I need 2 bedrooms in Pearland"); // the broker redelivers the uncommitted record

        List<ConsumerRecord<String, String>> replies = KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()) && r.value().contains("\"inReplyTo\":\"" + sessionId + "-r-1\""), 2, WAIT);
        assertThat(replies).as("the reply committed before the crash, with its event id, not a new answer")
                .extracting(r -> KafkaTestClient.header(r, "ce_id").orElse("")).containsOnly(before.lastTurn.turn.reply.eventId);
        assertRecovered(sessionId, before);
        assertThat(KafkaTestClient.readFor(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()) && r.value().contains("\"inReplyTo\":\"" + sessionId + "-r-1\""), Duration.ofSeconds(2)))
                .as("published once by the recovery, not also re-sent").hasSize(2);
    }

    @Test
    void theConversationsNextTurnFinishesATurnACrashLeftUncopied() {
        String sessionId = "recover-next-" + UUID.randomUUID();
        ConversationSession before = answerTwoMessagesThenLoseTheLastCopy(sessionId);

        send(sessionId, "r-2", "under $1600");

        KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()) && r.value().contains("\"inReplyTo\":\"" + sessionId + "-r-2\""), 1, WAIT);
        assertThat(turns.findByIdOptional(sessionId + "-r-1")).as("the interrupted turn copied out before the next one").isPresent();
        await().atMost(WAIT).untilAsserted(() -> assertThat(messages.ofThread(sessionId))
                .extracting(m -> m.turnIndex).containsExactly(0, 1, 2, 3, 4));
        assertThat(sessions.findById(sessionId).turnCount).isEqualTo(before.turnCount + 2);
    }

    /** Start and one message answered; then the copy-out of the last turn undone, as if the service died before it. */
    private ConversationSession answerTwoMessagesThenLoseTheLastCopy(String sessionId) {
        KafkaTestClient.sendCloudEvent("/chat-gateway", Topics.CHAT_INBOUND, sessionId, EventTypes.CHAT_MESSAGE_RECEIVED,
                json(Map.of("sessionId", sessionId, "messageId", sessionId + "-r-0", "kind", "start")));
        send(sessionId, "r-1", "I need 2 bedrooms in Pearland");
        KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND, r -> sessionId.equals(r.key()), 2, WAIT);
        await().atMost(WAIT).until(() -> turns.findByIdOptional(sessionId + "-r-1").map(t -> t.outbox.isEmpty()).orElse(false));

        ConversationSession before = sessions.findById(sessionId);
        assertThat(before.lastTurn.answers(sessionId + "-r-1")).isTrue();
        assertThat(before.lastTurn.messages).extracting(m -> m.turnIndex).containsExactly(1, 2);
        turns.deleteById(sessionId + "-r-1");
        before.lastTurn.messages.forEach(m -> messages.deleteById(m.id));
        return before;
    }

    private void assertRecovered(String sessionId, ConversationSession before) {
        ConversationSession after = sessions.findById(sessionId);
        assertThat(after.version).as("the conversation did not move on").isEqualTo(before.version);
        assertThat(after.turnCount).isEqualTo(before.turnCount);
        assertThat(turns.findByIdOptional(sessionId + "-r-1")).isPresent();
        await().atMost(WAIT).untilAsserted(() -> assertThat(messages.ofThread(sessionId))
                .extracting((StoredMessage m) -> m.turnIndex).containsExactly(0, 1, 2));
    }

    private static void send(String sessionId, String messageId, String text) {
        KafkaTestClient.sendCloudEvent("/chat-gateway", Topics.CHAT_INBOUND, sessionId, EventTypes.CHAT_MESSAGE_RECEIVED,
                json(Map.of("sessionId", sessionId, "messageId", sessionId + "-" + messageId, "kind", "message", "text", text)));
    }
}
