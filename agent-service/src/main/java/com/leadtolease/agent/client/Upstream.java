package com.leadtolease.agent.client;

/** A booking-service answer read into memory: status and body text (the connection is already released). */
public record Upstream(int status, String body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
