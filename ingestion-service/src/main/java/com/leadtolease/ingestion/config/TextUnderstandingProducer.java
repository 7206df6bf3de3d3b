package com.leadtolease.ingestion.config;

import com.leadtolease.text.TextUnderstanding;
import com.leadtolease.text.normalize.TimestampParser;
import com.leadtolease.text.pii.KeyedHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The shared text library's classes as beans, built from this service's configuration. */
@ApplicationScoped
public class TextUnderstandingProducer {

    @Produces
    @Singleton
    TextUnderstanding textUnderstanding(IngestionConfig config) {
        return TextUnderstanding.withDefaults(config.pii().hashSecret(), config.zone());
    }

    @Produces
    @Singleton
    TimestampParser timestampParser(IngestionConfig config) {
        return new TimestampParser(config.zone());
    }

    @Produces
    @Singleton
    KeyedHasher keyedHasher(IngestionConfig config) {
        return new KeyedHasher(config.pii().hashSecret());
    }
}
