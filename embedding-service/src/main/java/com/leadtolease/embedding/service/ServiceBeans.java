package com.leadtolease.embedding.service;

import com.leadtolease.embedding.config.EmbeddingConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The plain (framework-free) service parts, built from configuration. */
public class ServiceBeans {

    @Produces
    @Singleton
    Chunker chunker(EmbeddingConfig config) {
        return new Chunker(config.chunking().maxTokens(), config.chunking().overlap());
    }

    @Produces
    @Singleton
    BatchEmbedder batchEmbedder(EmbeddingConfig config) {
        EmbeddingConfig.Retry retry = config.retry();
        return BatchEmbedder.sleeping(config.batch().size(),
                new Backoff(retry.maxAttempts(), retry.baseDelay(), retry.maxDelay()));
    }

    @Produces
    @Singleton
    RecencyBoost recencyBoost(EmbeddingConfig config) {
        return new RecencyBoost(config.search().recencyBoost(), config.search().recencyHalfLife());
    }
}
