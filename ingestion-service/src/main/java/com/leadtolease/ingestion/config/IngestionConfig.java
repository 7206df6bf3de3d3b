package com.leadtolease.ingestion.config;

import io.quarkus.runtime.configuration.MemorySize;
import com.leadtolease.platform.outbox.OutboxConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Everything ingestion-service can be told, under {@code ingestion.*}. Every key can be overridden by an environment
 * variable named by the MicroProfile rule (e.g. {@code INGESTION_CSV_MAX_FIELD_CHARS}); the secrets have short names
 * ({@code PII_HASH_SECRET}, {@code PII_VAULT_KEY}), see application.properties.
 */
@ConfigMapping(prefix = "ingestion")
public interface IngestionConfig {

    /** The zone naive timestamps were written in. */
    @WithDefault("America/Chicago")
    ZoneId zone();

    /** Uploads are spooled here before they are processed (deleted afterwards). */
    Path dataDir();

    /** The largest body POST /api/training/ingest reads (its JSON is held in memory); larger ones answer 413. */
    @WithDefault("1M")
    MemorySize maxJsonBody();

    /** A thread whose messages hold more characters in all is refused (named in the job's problems), not stored. */
    @WithDefault("4000000")
    int maxThreadChars();

    Csv csv();

    Events events();

    Jobs jobs();

    Pii pii();

    Seed seed();

    OutboxConfig outbox();

    Finetune finetune();

    interface Csv {
        /** A field longer than this many characters gets its row rejected (never buffered whole). */
        @WithDefault("65536")
        int maxFieldChars();

        /** A row with more fields is rejected (its fields are never buffered). */
        @WithDefault("100")
        int maxColumns();

        /** A thread with more messages is split into several. */
        @WithDefault("5000")
        int maxMessagesPerThread();
    }

    interface Events {
        /**
         * The largest threads.ingested payload, in bytes (UTF-8 JSON), kept below the broker's record limit (1 MB by
         * default): a thread whose event would be larger is published as several parts.
         */
        @WithDefault("900000")
        int maxSize();
    }

    interface Jobs {
        /** Jobs run one after the other on this many worker threads; more wait as queued. */
        @WithDefault("1")
        int workers();

        /** How many row problems a job lists; the rest is only counted. */
        @WithDefault("200")
        int maxProblemsListed();

        /** Threads reading messages in parallel for a job; 0 = one per available processor. */
        @WithDefault("0")
        int understandingThreads();

        /** Messages written to MongoDB per batch. */
        @WithDefault("1000")
        int batchMessages();
    }

    interface Pii {
        /** HMAC-SHA256 secret for email / phone / name hashes (PII_HASH_SECRET). Required. */
        String hashSecret();

        /** Base64 256-bit AES key (PII_VAULT_KEY): when set, original texts are kept AES-GCM encrypted. */
        Optional<String> vaultKey();

        /** Without a vault key, keep original texts in clear in raw_messages. Off by default: they are dropped. */
        @WithDefault("false")
        boolean keepRawUnencrypted();
    }

    interface Seed {
        /** A CSV ingested at startup when the threads collection is empty (INGESTION_SEED_FILE). */
        Optional<Path> file();
    }

    interface Finetune {
        /** Earlier turns included in a prompt as context. */
        @WithDefault("6")
        int contextTurns();
    }
}
