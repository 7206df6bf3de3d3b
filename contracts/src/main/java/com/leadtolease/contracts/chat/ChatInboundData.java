package com.leadtolease.contracts.chat;

import java.util.Map;

/**
 * Payload of {@code chat.inbound} (type {@code CHAT_MESSAGE_RECEIVED}, key = session id).
 *
 * @param messageId  unique per prospect message; the agent answers each message id once, however often it is delivered
 * @param kind       start | message | action
 * @param text       what the prospect wrote (kind message)
 * @param actionType choose_listing | choose_slot | mark_favorite | request_docs | apply | handoff (kind action)
 * @param payload    the action's arguments, e.g. {"slotId": "..."} (kind action)
 * @param channel    web | sms | crm (kind start; web when absent)
 * @param propertyId the property whose website the chat started on, if any (kind start)
 * @param leadId     a known lead, if any (kind start)
 */
public record ChatInboundData(String sessionId, String messageId, String kind, String text, String actionType,
                              Map<String, Object> payload, String channel, String propertyId, String leadId) {

    public static final String KIND_START = "start";
    public static final String KIND_MESSAGE = "message";
    public static final String KIND_ACTION = "action";
}
