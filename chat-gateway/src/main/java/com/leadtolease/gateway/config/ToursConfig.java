package com.leadtolease.gateway.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Tours booked without an account: their own manage tokens. */
@ConfigMapping(prefix = "gateway.tours")
public interface ToursConfig {

    /** HMAC-SHA256 key of tour manage tokens (TOUR_LINK_SECRET); every gateway instance needs the same one. */
    String linkSecret();

    /** How long a tour's manage token works. */
    Duration linkTtl();
}
