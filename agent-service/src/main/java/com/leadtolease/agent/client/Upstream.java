package com.leadtolease.agent.client;

import jakarta.ws.rs.core.Response;

/** A booking-service answer read into memory: status and body text (the connection is already released). */
public record Upstream(int status, String body) {

    public static Upstream of(Response response) {
        try (response) {
            return new Upstream(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : "");
        }
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
