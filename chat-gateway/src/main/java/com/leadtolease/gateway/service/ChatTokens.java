package com.leadtolease.gateway.service;

import com.leadtolease.gateway.config.ChatConfig;
import com.leadtolease.platform.security.SignedTokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * Chat session tokens ({@link SignedTokens} of the session id): stateless, so any gateway instance that shares
 * CHAT_TOKEN_SECRET accepts them. They open the WebSocket and the REST turns of their session, nothing else.
 */
@ApplicationScoped
public class ChatTokens {

    private final SignedTokens tokens;

    ChatTokens(ChatConfig config) {
        this.tokens = new SignedTokens("chat session", config.tokenSecret(), config.tokenTtl(), Clock.systemUTC());
    }

    public SignedTokens.IssuedToken issue(String sessionId) {
        return tokens.issue(sessionId);
    }

    /** Why the token does not open this session, or empty when it does. */
    public Optional<String> refusal(String token, String sessionId) {
        return tokens.refusal(token, sessionId);
    }
}
