package com.leadtolease.agent.client;

/** booking-service answered 5xx; raised so fault tolerance retries and counts it. */
public class UpstreamFailure extends RuntimeException {

    private final int status;

    public UpstreamFailure(int status) {
        super("booking-service answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
