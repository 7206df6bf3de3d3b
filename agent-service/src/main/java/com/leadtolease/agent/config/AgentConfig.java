package com.leadtolease.agent.config;

import com.leadtolease.platform.outbox.OutboxConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/** Everything the agent can be configured with; every key is env-overridable (see application.properties). */
@ConfigMapping(prefix = "agent")
public interface AgentConfig {

    /**
     * guided (deterministic policy, no key needed), llm (AI service with tools; falls back to guided per turn), or
     * auto: llm when an endpoint or key is configured ({@code agent.llm.base-url} / {@code agent.llm.api-key}).
     */
    @WithDefault("auto")
    String mode();

    /** The zone relative dates ("tomorrow", "June 1") are read in when no property zone is known. */
    @WithDefault("America/Chicago")
    String timeZone();

    /** Keys the hashes of emails and phones; the same secret as ingestion-service so hashes compare. */
    String piiHashSecret();

    Services services();

    Identity identity();

    Session session();

    Dialog dialog();

    OutboxConfig outbox();

    Llm llm();

    Knowledge knowledge();

    Chat chat();

    Webhooks webhooks();

    Funnel funnel();

    interface Services {
        String booking();

        String embedding();

        /** chat-gateway, whose token endpoint gives the agent its own access token. */
        String gateway();

        /** How long a property's details are reused before booking-service is asked again (0s: never reused). */
        @WithDefault("30s")
        Duration propertyCacheTtl();
    }

    interface Session {
        /** Sessions without activity for this long are closed by the cleanup job. */
        @WithDefault("P7D")
        Duration expiry();

        /** How often the cleanup job runs (Quarkus scheduler syntax, e.g. 15m). */
        @WithDefault("15m")
        String cleanupEvery();

        /**
         * After a staff member's reply the agent stays quiet this long (the prospect's messages are stored for staff,
         * buttons still work), unless staff release the conversation earlier.
         */
        @WithDefault("30m")
        Duration staffHold();
    }

    /** The agent's own sign-in (client credentials) for its calls to booking-service and embedding-service. */
    interface Identity {
        @WithDefault("agent-service")
        String clientId();

        String clientSecret();
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

    interface Llm {
        /** An OpenAI-compatible endpoint (AGENT_LLM_BASE_URL or OPENAI_BASE_URL); setting it switches auto to llm. */
        Optional<String> baseUrl();

        /** OPENAI_API_KEY; setting it switches auto to llm. A custom base URL needs no key. */
        Optional<String> apiKey();

        /** Bound of one model request (also given to quarkus.langchain4j.openai.timeout). */
        @WithDefault("20s")
        Duration timeout();

        /** Sequential tool executions allowed in one turn before the turn falls back to guided mode. */
        @WithDefault("6")
        int maxToolCalls();

        /** Messages kept in a session's chat memory (a sliding window, persisted in Mongo). */
        @WithDefault("20")
        int memoryWindow();

        /** Similar historical messages given to the model as context. */
        @WithDefault("4")
        int ragExamples();

        /** Price of 1,000 prompt (input) tokens, for the estimated cost metric; gpt-4o-mini's list price in USD. */
        @WithName("price-per-1k-prompt-tokens")
        @WithDefault("0.00015")
        double pricePer1kPromptTokens();

        /** Price of 1,000 completion (output) tokens, for the estimated cost metric. */
        @WithName("price-per-1k-completion-tokens")
        @WithDefault("0.0006")
        double pricePer1kCompletionTokens();
    }

    /** How chat.inbound turns are run: conversations side by side, each one's messages in order. */
    interface Chat {
        /** Conversations whose turns run at the same time (lane threads). */
        @WithDefault("8")
        int concurrency();

        /** Turns read and not finished yet; beyond that the consumer stops polling until one finishes. */
        @WithDefault("64")
        int maxInFlight();

        /** How long stopping waits for the turns under way to finish; the rest are read again after a restart. */
        @WithDefault("10s")
        Duration drainTimeout();

        /**
         * How long a chat message failing transiently (Mongo away) is retried in place before it goes to
         * {@code chat.inbound.dlq}: the prospect is waiting, so not long.
         */
        @WithDefault("2m")
        Duration retryWindow();
    }

    interface Webhooks {
        /**
         * How long an inbound webhook failing transiently (Mongo or booking-service away) is retried in place before
         * it goes to {@code webhooks.inbound.dlq}: nobody waits on it, so as long as the other event consumers.
         */
        @WithDefault("24h")
        Duration retryWindow();
    }

    /** The funnel consumer of leads.events, bookings.events and agent.actions, and GET /api/funnel. */
    interface Funnel {
        /** How long an event failing transiently (Mongo away) is retried in place before it goes to its DLQ. */
        @WithDefault("24h")
        Duration retryWindow();

        /** The longest range GET /api/funnel answers, in ISO weeks. */
        @WithDefault("53")
        int maxWeeks();
    }

    interface Knowledge {
        /** Historical agent replies asked of embedding-service for a question property data cannot answer. */
        @WithDefault("5")
        int searchK();

        /** Cosine similarity a historical reply needs to be used as an answer. */
        @WithDefault("0.6")
        double minSimilarity();

        /** Historical replies quoted in one answer. */
        @WithDefault("2")
        int maxQuoted();
    }
}
