package com.leadtolease.gateway.rest;

import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.platform.client.UpstreamFailure;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** What a caller sees when a downstream service is failing, slow or unreachable. */
public final class UpstreamProblemMappers {

    private UpstreamProblemMappers() {
    }

    private static Response problem(int status, String title, String detail, String retryAfterSeconds) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .entity(Problem.of(status, title, detail)).build();
    }

    @Provider
    public static class UpstreamFailureMapper implements ExceptionMapper<UpstreamFailure> {
        @Override
        public Response toResponse(UpstreamFailure e) {
            return e.answer(Response.class);
        }
    }

    @Provider
    public static class CircuitOpenMapper implements ExceptionMapper<CircuitBreakerOpenException> {
        @Override
        public Response toResponse(CircuitBreakerOpenException e) {
            return problem(503, "Service temporarily unavailable",
                    "Bookings are paused for a few seconds after repeated failures of the booking service. "
                            + "Nothing was changed; please try again shortly.", "5");
        }
    }

    @Provider
    public static class TimeoutMapper implements ExceptionMapper<TimeoutException> {
        @Override
        public Response toResponse(TimeoutException e) {
            return problem(504, "Upstream timeout",
                    "The booking service did not answer in time. If you were booking, retry with the same "
                            + "Idempotency-Key: it will not book twice.", "2");
        }
    }

    @Provider
    public static class UnreachableMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return problem(503, "Service unavailable",
                    "The booking service cannot be reached right now. Nothing was changed; please try again shortly.", "5");
        }
    }
}
