package com.leadtolease.gateway.client;

import com.leadtolease.platform.client.UpstreamFailure;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Copies a downstream answer into a gateway answer: status, body and the headers a client needs. */
public final class ForwardedResponse {

    private static final List<String> PASSED_HEADERS = List.of(HttpHeaders.RETRY_AFTER, "Idempotent-Replayed",
            HttpHeaders.ETAG, HttpHeaders.VARY);

    private ForwardedResponse() {
    }

    /** The forwarded answer; a 5xx is thrown as {@link UpstreamFailure} so fault tolerance counts it. */
    public static Response failingOn5xx(Response upstream) {
        Response forwarded = of(upstream);
        if (forwarded.getStatus() >= 500) {
            throw new UpstreamFailure(forwarded.getStatus(), forwarded);
        }
        return forwarded;
    }

    public static Response of(Response upstream) {
        Response.ResponseBuilder copy = Response.status(upstream.getStatus());
        if (upstream.hasEntity()) {
            copy.entity(upstream.readEntity(String.class));
        }
        if (upstream.getMediaType() != null) {
            copy.type(upstream.getMediaType());
        }
        // The downstream location names an internal host; clients only know the gateway.
        if (upstream.getLocation() != null) {
            copy.location(URI.create(upstream.getLocation().getRawPath()));
        }
        PASSED_HEADERS.forEach(name -> {
            String value = upstream.getHeaderString(name);
            if (value != null) {
                copy.header(name, value);
            }
        });
        upstream.close();
        return copy.build();
    }
}
