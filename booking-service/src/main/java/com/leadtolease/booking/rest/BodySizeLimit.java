package com.leadtolease.booking.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a declared oversize body with a problem body before it is read. Quarkus enforces the same limit
 * ({@code quarkus.http.limits.max-body-size}) for bodies without Content-Length, with a bare 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final int RUN_EARLY = 1000;

    private final long maxBytes;
    private final String problemJson;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper mapper)
            throws JsonProcessingException {
        this.maxBytes = maxBodySize.asLongValue();
        this.problemJson = mapper.writeValueAsString(Problem.of(413, "Request body too large",
                "The request body must not exceed " + maxBytes + " bytes."));
    }

    void register(@Observes Filters filters) {
        filters.register(this::rejectOversize, RUN_EARLY);
    }

    private void rejectOversize(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && isOver(declared)) {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problemJson);
            return;
        }
        context.next();
    }

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
