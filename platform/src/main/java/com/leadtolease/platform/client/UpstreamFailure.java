package com.leadtolease.platform.client;

/**
 * A downstream 5xx, raised so fault tolerance retries and counts it. Carries the answer as the caller read it (the
 * gateway forwards it if the retries run out; agent-service only needs the status).
 */
public class UpstreamFailure extends RuntimeException {

    private final int status;
    private final transient Object answer;

    public UpstreamFailure(int status, Object answer) {
        super("Upstream answered " + status);
        this.status = status;
        this.answer = answer;
    }

    public int status() {
        return status;
    }

    public <T> T answer(Class<T> type) {
        return type.cast(answer);
    }
}
