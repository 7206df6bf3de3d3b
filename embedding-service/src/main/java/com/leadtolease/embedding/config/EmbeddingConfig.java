package com.leadtolease.embedding.config;

import com.leadtolease.platform.outbox.OutboxConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * Everything embedding-service can be told, under {@code embedding.*}. Every key can be overridden by an
 * environment variable named by the MicroProfile rule (upper case, dots and dashes as underscores), e.g.
 * {@code EMBEDDING_INDEX_BACKEND}; the OpenAI key and base URL also have the short names {@code OPENAI_API_KEY} and
 * {@code OPENAI_BASE_URL}, see application.properties.
 */
@ConfigMapping(prefix = "embedding")
public interface EmbeddingConfig {

    Model model();

    Chunking chunking();

    Batch batch();

    Retry retry();

    Search search();

    Index index();

    Training training();

    OutboxConfig outbox();

    ThreadsIngested threadsIngested();

    /** The model new versions are built with, and the version label the service starts with. */
    interface Model {
        /**
         * {@code auto} (OpenAI when a key or base URL is configured, else MiniLM), {@code minilm} or {@code openai}.
         */
        @WithDefault("auto")
        String provider();

        /** Version label of the configured model and chunking; a label not seen before starts a re-embedding run. */
        @WithDefault("v1")
        String version();

        OpenAi openai();
    }

    /** OpenAI (or a compatible server). Without a key and a base URL the OpenAI model is not available. */
    interface OpenAi {
        Optional<String> apiKey();

        Optional<String> baseUrl();

        @WithDefault("text-embedding-3-large")
        String modelName();

        @WithDefault("30s")
        Duration timeout();
    }

    /** One chunk per message; long messages are split into windows of words (an approximation of tokens). */
    interface Chunking {
        /** Longest chunk in words (256–512 tokens by design). */
        @WithDefault("384")
        int maxTokens();

        /** Words shared by consecutive chunks of one long message. */
        @WithDefault("50")
        int overlap();
    }

    interface Batch {
        /** Texts per model call (100–500 is typical; 128 suits the in-process model). */
        @WithDefault("128")
        int size();
    }

    /** Exponential backoff between attempts of one model call. */
    interface Retry {
        @WithDefault("4")
        int maxAttempts();

        @WithDefault("200ms")
        Duration baseDelay();

        @WithDefault("10s")
        Duration maxDelay();
    }

    /** The consumer of {@code threads.ingested}. */
    interface ThreadsIngested {
        /**
         * How long a thread failing transiently (Mongo away) is retried in place before it goes to
         * {@code threads.ingested.dlq}.
         */
        @WithDefault("24h")
        Duration retryWindow();
    }

    interface Search {
        @WithDefault("10")
        int defaultK();

        @WithDefault("50")
        int maxK();

        /** score = cosine × (1 + recencyBoost × 2^(−age / recencyHalfLife)); 0 switches the boost off. */
        @WithDefault("0.1")
        double recencyBoost();

        @WithDefault("180d")
        Duration recencyHalfLife();

        /** Candidates fetched from the index per requested result, before the boost re-ranks them. */
        @WithDefault("4")
        int overfetch();
    }

    interface Index {
        /** {@code local} (in-memory, rebuilt from Mongo at start) or {@code atlas} (MongoDB Atlas $vectorSearch). */
        @WithDefault("local")
        String backend();

        Atlas atlas();
    }

    interface Atlas {
        /** Prefix of the vector search index name; the model's dimension is appended (one index per dimension). */
        @WithDefault("message_embeddings_vector")
        String indexName();

        /** $vectorSearch numCandidates per requested result. */
        @WithDefault("20")
        int candidatesPerResult();

        /**
         * Results asked of Atlas per wanted one when role, stage or since restrict a search: the store applies
         * those after the vector search (only the version is a pre-filter).
         */
        @WithDefault("5")
        int filteredOverfetch();
    }

    /** Re-embedding runs (POST /api/training/start). */
    interface Training {
        /** Chunks read and embedded per step of a run. */
        @WithDefault("128")
        int batchSize();

        /** Pause between steps, to stay under a provider's rate limit. */
        @WithDefault("0s")
        Duration pauseBetweenBatches();

        /** Make a run's version the active one as soon as it completes. */
        @WithDefault("true")
        boolean activateOnComplete();

        /** At start, when the configured version is unknown but another is active, re-embed into it. */
        @WithDefault("true")
        boolean autoStartOnNewVersion();
    }
}
