package com.leadtolease.gateway.client;

import jakarta.ws.rs.core.Response;

/** A downstream 5xx, raised so fault tolerance counts it; carries the upstream answer to forward if retries run out. */
public class UpstreamFailure extends RuntimeException {

    private final transient Response response;

    public UpstreamFailure(Response response) {
        super("Upstream answered " + response.getStatus());
        this.response = response;
    }

    public Response response() {
        return response;
    }
}
