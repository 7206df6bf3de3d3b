package com.leadtolease.gateway.service;

import com.leadtolease.contracts.chat.AgentReplyData;
import com.leadtolease.contracts.chat.ChatTurnFailedData;

/** What the agent answered to one chat.inbound message. */
public sealed interface TurnOutcome {

    record Replied(AgentReplyData reply) implements TurnOutcome {
    }

    record Failed(ChatTurnFailedData failure) implements TurnOutcome {
    }
}
