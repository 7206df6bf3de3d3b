package com.leadtolease.gateway.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The CRM read API's side effects at the gateway: erasing its own copies of a lead's conversations. */
@ConfigMapping(prefix = "gateway.leads")
public interface LeadsConfig {

    /** How long a LEAD_ERASED record failing transiently (Mongo away) is retried before its dead-letter topic. */
    Duration erasureRetryWindow();
}
