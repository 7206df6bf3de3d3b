package com.leadtolease.gateway.chat;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.repository.ReplyLog;
import com.leadtolease.testing.KafkaTestClient;

import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The gateway reads chat.outbound from "latest", so a test must not answer before the gateway's consumer has its
 * partitions: probe replies are sent until one is stored.
 */
final class OutboundConsumerReady {

    /** The reply log (a bean of one application start) whose consumer was seen ready. */
    private static volatile ReplyLog readyFor;

    private OutboundConsumerReady() {
    }

    static void awaitFor(ReplyLog replyLog) {
        if (readyFor == replyLog) {
            return;
        }
        String session = "probe-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 60 && replyLog.after(session, 0).isEmpty(); attempt++) {
            KafkaTestClient.sendCloudEvent("/agent-service", Topics.CHAT_OUTBOUND, session, EventTypes.AGENT_REPLIED,
                    "{\"sessionId\":\"" + session + "\",\"inReplyTo\":\"probe-" + attempt + "\",\"reply\":\"probe\"}");
            try {
                await().atMost(java.time.Duration.ofSeconds(1)).until(() -> !replyLog.after(session, 0).isEmpty());
            } catch (org.awaitility.core.ConditionTimeoutException notYet) {
                // the consumer has no partitions yet: send another probe
            }
        }
        if (replyLog.after(session, 0).isEmpty()) {
            throw new AssertionError("The gateway's chat.outbound consumer never received a probe");
        }
        readyFor = replyLog;
    }
}
