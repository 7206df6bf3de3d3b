package com.leadtolease.gateway.service;

import com.leadtolease.gateway.config.AuthConfig;
import com.leadtolease.gateway.config.ChatConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * In-memory token buckets, one per key (a session, a client address), refilled continuously at the per-minute
 * rate. Per gateway instance: behind a load balancer with N instances a client may get up to N times the limit.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(2);

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ChatConfig.RateLimits limits;
    private final int tokenRequestsPerMinute;

    RateLimiter(ChatConfig config, AuthConfig auth) {
        this.limits = config.rateLimits();
        this.tokenRequestsPerMinute = auth.tokenRequestsPerMinute();
    }

    /** A message (start, message, action) of a chat session, whether it came over REST or the WebSocket. */
    public void sessionMessage(String sessionId) {
        int limit = limits.sessionMessagesPerMinute();
        acquire("session-messages:" + sessionId, limit,
                "This conversation sends messages faster than " + limit + " a minute; wait a moment and send it again.");
    }

    /** A WebSocket message from a client address, over all its sessions. */
    public void addressMessage(String address) {
        acquire("address-messages:" + address, limits.ipMessagesPerMinute(),
                "Too many chat messages from your network; wait a moment and send it again.");
    }

    /** A chat session opened from a client address. */
    public void addressSession(String address) {
        int limit = limits.ipSessionsPerMinute();
        acquire("address-sessions:" + address, limit,
                "More than " + limit + " chat sessions a minute were opened from your network; wait a moment.");
    }

    /** A tour booked without a token from a client address (the search page, scripts). */
    public void addressTourBooking(String address) {
        int limit = limits.ipToursPerHour();
        acquire("address-tours:" + address, limit, TimeUnit.HOURS,
                "More than " + limit + " tours an hour were booked from your network; try again later or call us.");
    }

    /** A tour booked by an integration (a token holding bookings:write), over all its addresses. */
    public void clientTourBooking(String client) {
        int limit = limits.clientToursPerHour();
        acquire("client-tours:" + client, limit, TimeUnit.HOURS,
                "This client booked more than " + limit + " tours in the last hour; try again later.");
    }

    /** A conversation an integration (agent:converse) started, over all its addresses. */
    public void clientSession(String client) {
        int limit = limits.clientSessionsPerMinute();
        acquire("client-sessions:" + client, limit,
                "This client started more than " + limit + " conversations a minute; wait a moment.");
    }

    /** A token request from a client address, answered or not. */
    public void addressTokenRequest(String address) {
        acquire("address-token-requests:" + address, tokenRequestsPerMinute,
                "Too many token requests from your network; wait a moment.");
    }

    private void acquire(String key, int perMinute, String detail) {
        acquire(key, perMinute, TimeUnit.MINUTES, detail);
    }

    /** Takes one token from the key's bucket, or throws {@link RateLimitExceeded} with the wait in seconds. */
    private void acquire(String key, int perPeriod, TimeUnit period, String detail) {
        long wait = buckets.computeIfAbsent(key, k -> new Bucket(perPeriod, period)).take(System.nanoTime());
        if (wait > 0) {
            throw new RateLimitExceeded(detail, wait);
        }
    }

    /** A bucket idle long enough to be full again is the same as no bucket. */
    @Scheduled(every = "2m", delayed = "2m")
    void forgetIdleBuckets() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.idleSince(now) > Math.max(IDLE_NANOS, bucket.refillNanos()));
    }

    private static final class Bucket {
        private final int capacity;
        private final double tokensPerNano;
        private double tokens;
        private long updatedAt;

        Bucket(int perPeriod, TimeUnit period) {
            this.capacity = Math.max(1, perPeriod);
            this.tokensPerNano = capacity / (double) period.toNanos(1);
            this.tokens = capacity;
            this.updatedAt = System.nanoTime();
        }

        /** 0 when a token was taken, else the seconds until one is there. */
        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double missingNanos = (1 - tokens) / tokensPerNano;
            return Math.max(1, (long) Math.ceil(missingNanos / TimeUnit.SECONDS.toNanos(1)));
        }

        long refillNanos() {
            return (long) (capacity / tokensPerNano);
        }

        synchronized long idleSince(long now) {
            return now - updatedAt;
        }
    }
}
