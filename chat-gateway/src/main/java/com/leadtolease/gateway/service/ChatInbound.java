package com.leadtolease.gateway.service;

import com.leadtolease.contracts.chat.ChatInboundData;
import io.smallrye.mutiny.Uni;

/** Where a prospect's message goes to reach the agent (messaging puts it on {@code chat.inbound}). */
public interface ChatInbound {

    /** Completes once the message is safely handed over. */
    Uni<Void> publish(ChatInboundData data);
}
