package com.leadtolease.gateway.service;

import com.leadtolease.gateway.config.ChatConfig;
import com.leadtolease.platform.security.SignedTokens;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Chat invites (CHAT_INVITE_SECRET): the link of a lead's email carries one, of the session the gateway opened for
 * the lead. notification-service signs them with their lifetime; the gateway only checks them.
 */
@Singleton
public class ChatInvites extends SignedTokens {

    ChatInvites(ChatConfig config) {
        // Never issues here, so no lifetime of its own: the expiry is in each token.
        super(CHAT_INVITE, config.inviteSecret(), Duration.ZERO, Clock.systemUTC());
    }

    /** The session the invite opens, when it is genuine and unexpired. */
    public Optional<String> sessionOf(String invite) {
        return claimedSubject(invite).filter(sessionId -> refusal(invite, sessionId).isEmpty());
    }
}
