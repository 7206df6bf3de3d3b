package com.leadtolease.gateway.service;

import com.leadtolease.gateway.config.ToursConfig;
import com.leadtolease.platform.security.SignedTokens;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * A tour's own token, answered to whoever booked it without an account: it reads, reschedules and cancels that
 * tour and no other (TOUR_LINK_SECRET).
 */
@Singleton
public class TourTokens extends SignedTokens {

    TourTokens(ToursConfig config) {
        super(TOUR, config.linkSecret(), config.linkTtl(), Clock.systemUTC());
    }
}
