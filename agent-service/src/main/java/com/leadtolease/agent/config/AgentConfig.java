package com.leadtolease.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Everything the agent can be configured with; every key is env-overridable (see application.properties). */
@ConfigMapping(prefix = "agent")
public interface AgentConfig {

    /** guided (deterministic policy, no key needed); llm comes later. */
    @WithDefault("guided")
    String mode();

    /** The zone relative dates ("tomorrow", "June 1") are read in when no property zone is known. */
    @WithDefault("America/Chicago")
    String timeZone();

    /** Keys the hashes of emails and phones; the same secret as ingestion-service so hashes compare. */
    String piiHashSecret();

    Services services();

    Session session();

    Dialog dialog();

    Outbox outbox();

    interface Services {
        String booking();

        String embedding();
    }

    interface Session {
        /** Sessions without activity for this long are closed by the cleanup job. */
        @WithDefault("P7D")
        Duration expiry();

        /** How often the cleanup job runs (Quarkus scheduler syntax, e.g. 15m). */
        @WithDefault("15m")
        String cleanupEvery();
    }

    interface Dialog {
        @WithDefault("3")
        int maxListings();

        @WithDefault("3")
        int offeredSlots();

        /** How many days ahead availability is searched for tour slots. */
        @WithDefault("14")
        int availabilityDays();

        @WithDefault("2")
        int misunderstandingsBeforeHandoff();
    }

    interface Outbox {
        @WithDefault("250ms")
        Duration relayEvery();

        @WithDefault("100")
        int batchSize();

        @WithDefault("PT10S")
        Duration sendTimeout();
    }
}
