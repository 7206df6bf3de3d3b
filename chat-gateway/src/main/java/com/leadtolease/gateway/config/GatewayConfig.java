package com.leadtolease.gateway.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URL of each downstream service, keyed by short name (booking, agent, ...). */
    Map<String, String> services();

    /** How long /api/healthz waits for one service before calling it DOWN. */
    Duration healthTimeout();
}
