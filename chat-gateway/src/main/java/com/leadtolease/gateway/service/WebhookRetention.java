package com.leadtolease.gateway.service;

import com.leadtolease.gateway.config.WebhooksConfig;
import com.leadtolease.gateway.repository.WebhookDeliveries;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Deletes idempotency records of inbound webhooks older than {@code gateway.webhooks.idempotency-retention}: a
 * retry after that is a new request. Our own job, not a TTL index, which the embedded dev store lacks.
 */
@ApplicationScoped
public class WebhookRetention {

    private static final Logger LOG = Logger.getLogger(WebhookRetention.class);
    private static final int BATCH = 500;

    private final WebhookDeliveries deliveries;
    private final Duration retention;

    WebhookRetention(WebhookDeliveries deliveries, WebhooksConfig config) {
        this.deliveries = deliveries;
        this.retention = config.idempotencyRetention();
    }

    @Scheduled(every = "${gateway.webhooks.expiry-check-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purgeExpired(Instant.now());
    }

    /** @return how many records were deleted */
    public int purgeExpired(Instant now) {
        Instant cutoff = now.minus(retention);
        int deleted = 0;
        int batch;
        do {
            batch = deliveries.deleteReceivedBefore(cutoff, BATCH);
            deleted += batch;
        } while (batch == BATCH);
        if (deleted > 0) {
            LOG.infof("Deleted %d inbound webhook idempotency records received before %s", deleted, cutoff);
        }
        return deleted;
    }
}
