package com.leadtolease.gateway.service;

import com.leadtolease.gateway.config.ToursConfig;
import com.leadtolease.platform.security.SignedTokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * A tour's own token, answered to whoever booked it without an account: it reads, reschedules and cancels that
 * tour and no other (the prospect's "manage your tour" link).
 */
@ApplicationScoped
public class TourTokens {

    private final SignedTokens tokens;

    TourTokens(ToursConfig config) {
        this.tokens = new SignedTokens("tour", config.linkSecret(), config.linkTtl(), Clock.systemUTC());
    }

    public SignedTokens.IssuedToken issue(String tourId) {
        return tokens.issue(tourId);
    }

    public Optional<String> refusal(String token, String tourId) {
        return tokens.refusal(token, tourId);
    }
}
