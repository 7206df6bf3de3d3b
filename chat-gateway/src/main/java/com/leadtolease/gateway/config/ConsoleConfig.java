package com.leadtolease.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The leasing team's console (/console) and its live stream of conversation changes. */
@ConfigMapping(prefix = "gateway.console")
public interface ConsoleConfig {

    /**
     * The longest an event stream stays open (never past the operator's token); the page then opens a new one, so a
     * revoked or expired sign-in stops receiving.
     */
    @WithDefault("10m")
    Duration streamLifetime();

    /** How often an idle stream sends a ping, so proxies keep it open and the page notices a dead one. */
    @WithDefault("20s")
    Duration heartbeat();
}
