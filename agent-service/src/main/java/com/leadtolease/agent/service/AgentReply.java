package com.leadtolease.agent.service;

import com.leadtolease.contracts.chat.GuardrailData;

import java.util.List;
import java.util.Map;

/** The agent's answer to one turn, as the conversation API returns it. */
public record AgentReply(String sessionId, String reply, String stage, List<Map<String, Object>> cards,
                         List<String> quickReplies, List<Map<String, Object>> actions, GuardrailData guardrail) {
}
