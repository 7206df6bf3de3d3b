package com.leadtolease.gateway.rest;

import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.gateway.service.RateLimitExceeded;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/** 429 problem with {@code Retry-After} (and the same seconds as {@code retryAfter} in the body). */
@Provider
public class RateLimitMapper implements ExceptionMapper<RateLimitExceeded> {

    @Override
    public Response toResponse(RateLimitExceeded e) {
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .entity(Problem.of(429, "Too many requests", e.getMessage())
                        .withExtensions(Map.of("retryAfter", e.retryAfterSeconds())))
                .build();
    }
}
