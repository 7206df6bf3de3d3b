package com.leadtolease.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadtolease.contracts.chat.AgentReplyData;
import com.leadtolease.contracts.chat.ChatTurnFailedData;
import com.leadtolease.contracts.chat.GuardrailData;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The server → browser frames of the web-chat protocol, as JSON text. */
@ApplicationScoped
public class ChatFrames {

    private final ObjectMapper json;

    ChatFrames(ObjectMapper json) {
        this.json = json;
    }

    public String ack(String messageId) {
        return write(json.createObjectNode().put("type", "ack").put("messageId", messageId));
    }

    public String typing(boolean on) {
        return write(json.createObjectNode().put("type", "typing").put("on", on));
    }

    public String reply(long seq, AgentReplyData data) {
        ObjectNode frame = json.createObjectNode().put("type", "reply").put("seq", seq)
                .put("inReplyTo", data.inReplyTo()).put("reply", data.reply()).put("stage", data.stage());
        frame.set("cards", json.valueToTree(data.cards() == null ? List.of() : data.cards()));
        frame.set("quickReplies", json.valueToTree(data.quickReplies() == null ? List.of() : data.quickReplies()));
        frame.set("actions", json.valueToTree(data.actions() == null ? List.of() : data.actions()));
        GuardrailData guardrail = data.guardrail() == null ? GuardrailData.NONE : data.guardrail();
        frame.putObject("guardrail").put("triggered", guardrail.triggered()).put("handoff", guardrail.handoff());
        return write(frame);
    }

    /**
     * @param messageId  the message the error is about, when there is one (an extra member: the browser may drop that
     *                   frame from its unacked list instead of re-sending it)
     * @param retryAfter seconds, or null
     */
    public String error(int status, String title, String detail, Long retryAfter, String messageId) {
        return write(errorFrame(status, title, detail, retryAfter, messageId));
    }

    /** The agent refused a message: its problem, with the fields at fault when there are any. */
    public String turnFailed(ChatTurnFailedData failure) {
        ObjectNode frame = errorFrame(failure.status(), failure.title(), failure.detail(), null, failure.inReplyTo());
        if (!failure.errors().isEmpty()) {
            frame.set("errors", json.valueToTree(failure.errors()));
        }
        return write(frame);
    }

    private ObjectNode errorFrame(int status, String title, String detail, Long retryAfter, String messageId) {
        ObjectNode frame = json.createObjectNode().put("type", "error").put("status", status).put("title", title)
                .put("detail", detail);
        if (retryAfter != null) {
            frame.put("retryAfter", retryAfter);
        }
        if (messageId != null) {
            frame.put("messageId", messageId);
        }
        return frame;
    }

    private String write(ObjectNode frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a chat frame", e);
        }
    }
}
