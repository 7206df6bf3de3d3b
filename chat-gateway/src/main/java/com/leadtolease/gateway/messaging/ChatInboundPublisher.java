package com.leadtolease.gateway.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.platform.messaging.CloudEventRecords;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.chat.ChatInboundData;
import com.leadtolease.gateway.service.ChatInbound;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Puts a prospect's message on {@code chat.inbound} as a CloudEvent keyed by session id; completes on the broker's ack. */
@ApplicationScoped
public class ChatInboundPublisher implements ChatInbound {

    static final String SOURCE = "/chat-gateway";

    private final MutinyEmitter<String> chatInbound;
    private final ObjectMapper json;

    ChatInboundPublisher(@Channel("chat-inbound") MutinyEmitter<String> chatInbound, ObjectMapper json) {
        this.chatInbound = chatInbound;
        this.json = json;
    }

    @Override
    public Uni<Void> publish(ChatInboundData data) {
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        EventEnvelope<String> event = EventEnvelope.create(EventTypes.CHAT_MESSAGE_RECEIVED, SOURCE, data.sessionId(),
                payload);
        return chatInbound.sendMessage(CloudEventRecords.toMessage(event));
    }
}
