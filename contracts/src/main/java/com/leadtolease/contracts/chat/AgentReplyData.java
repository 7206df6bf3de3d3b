package com.leadtolease.contracts.chat;

import java.util.List;
import java.util.Map;

/**
 * Payload of {@code chat.outbound} types {@code AGENT_REPLIED}, {@code HANDOFF_REQUESTED} and {@code OPERATOR_REPLIED}
 * (key = session id).
 *
 * @param inReplyTo    the message id of the prospect message answered; null in a staff member's reply
 * @param stage        the lead stage's wire name, e.g. qualifying, touring
 * @param cards        listing cards {type:"listing", propertyId, name, area, rentFrom, bedrooms, petFriendly} and
 *                     slot cards {type:"slot", slotId, propertyId, start, label}
 * @param actions      what the agent did, e.g. {type:"schedule_tour", tourId, propertyId, slotId, start}
 */
public record AgentReplyData(String sessionId, String inReplyTo, String reply, String stage,
                             List<Map<String, Object>> cards, List<String> quickReplies,
                             List<Map<String, Object>> actions, GuardrailData guardrail) {
}
