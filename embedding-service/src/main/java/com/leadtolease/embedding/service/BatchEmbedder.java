package com.leadtolease.embedding.service;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Embeds texts in batches of a configured size; a failing model call is retried with exponential backoff. */
public class BatchEmbedder {

    private static final Logger LOG = Logger.getLogger(BatchEmbedder.class);

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int batchSize;
    private final Backoff backoff;
    private final Sleeper sleeper;

    public BatchEmbedder(int batchSize, Backoff backoff, Sleeper sleeper) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1");
        }
        this.batchSize = batchSize;
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    public static BatchEmbedder sleeping(int batchSize, Backoff backoff) {
        return new BatchEmbedder(batchSize, backoff, duration -> Thread.sleep(duration.toMillis()));
    }

    public int batchSize() {
        return batchSize;
    }

    /** One vector per text, in order. */
    public List<float[]> embed(NamedModel model, List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            vectors.addAll(embedBatch(model, texts.subList(from, Math.min(texts.size(), from + batchSize))));
        }
        return vectors;
    }

    private List<float[]> embedBatch(NamedModel model, List<String> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return model.embed(batch);
            } catch (RuntimeException e) {
                if (attempt >= backoff.maxAttempts()) {
                    throw new ModelUnavailableException("model " + model.name() + " failed " + attempt
                            + " times on a batch of " + batch.size() + ": " + e.getMessage(), e);
                }
                Duration delay = backoff.delayAfter(attempt);
                LOG.warnf("Model %s failed on a batch of %d (attempt %d of %d), retrying in %s: %s", model.name(),
                        batch.size(), attempt, backoff.maxAttempts(), delay, e.getMessage());
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new ModelUnavailableException("interrupted while waiting to retry", e);
                }
            }
        }
    }
}
