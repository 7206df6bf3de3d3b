package com.leadtolease.gateway.service;

import com.leadtolease.gateway.config.ChatConfig;
import com.leadtolease.platform.security.SignedTokens;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Chat session tokens, of the session id: stateless, so any gateway instance that shares CHAT_TOKEN_SECRET accepts
 * them. They open the WebSocket and the REST turns of their session, nothing else.
 */
@Singleton
public class ChatTokens extends SignedTokens {

    ChatTokens(ChatConfig config) {
        super(CHAT_SESSION, config.tokenSecret(), config.tokenTtl(), Clock.systemUTC());
    }
}
