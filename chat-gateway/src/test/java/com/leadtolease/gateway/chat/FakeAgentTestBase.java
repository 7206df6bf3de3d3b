package com.leadtolease.gateway.chat;

import com.leadtolease.gateway.repository.ReplyLog;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** Tests that need an agent on the other side of chat.inbound / chat.outbound: one fake agent per test class. */
public abstract class FakeAgentTestBase {

    static FakeAgent agent;

    @Inject
    ReplyLog replyLog;

    @BeforeEach
    protected void agentListens() {
        if (agent == null) {
            agent = FakeAgent.start();
        }
        OutboundConsumerReady.awaitFor(replyLog);
    }

    @AfterAll
    protected static void stopAgent() throws InterruptedException {
        if (agent != null) {
            agent.close();
            agent = null;
        }
    }
}
