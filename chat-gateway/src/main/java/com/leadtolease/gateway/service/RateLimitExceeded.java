package com.leadtolease.gateway.service;

/** A client went over one of its rate limits; it may try again after {@code retryAfterSeconds}. */
public class RateLimitExceeded extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitExceeded(String detail, long retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
