package com.leadtolease.gateway.client;

import com.leadtolease.platform.client.UpstreamFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * Calls to agent-service, with their own circuit breakers so a failing agent never pauses bookings.
 * A conversation turn may book a tour, so turns are sent once; only reads and pure parsing are retried.
 */
@ApplicationScoped
public class AgentCalls {

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 100,
            retryOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    public Response read(Supplier<Response> call) {
        return ForwardedResponse.failingOn5xx(call.get());
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    public Response write(Supplier<Response> call) {
        return ForwardedResponse.failingOn5xx(call.get());
    }
}
