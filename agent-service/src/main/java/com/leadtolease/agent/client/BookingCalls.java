package com.leadtolease.agent.client;

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
 * Every call to booking-service goes through one of these doors, which differ only in whether a failed call may be
 * sent again: a call is retried only when repeating it cannot book twice. 5xx, timeouts and connection failures count
 * towards the circuit breaker; 4xx are answers, not failures.
 */
@ApplicationScoped
public class BookingCalls {

    /** Reads: safe to repeat. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 100,
            retryOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    public Upstream read(Supplier<Response> call) {
        return consume(call.get());
    }

    /** Writes booking-service deduplicates (a POST with Idempotency-Key, a cancel): safe to repeat. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            retryOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    public Upstream idempotentWrite(Supplier<Response> call) {
        return consume(call.get());
    }

    /** Writes that could take effect twice if repeated (a reschedule): sent once. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    public Upstream write(Supplier<Response> call) {
        return consume(call.get());
    }

    private static Upstream consume(Response response) {
        try (response) {
            int status = response.getStatus();
            if (status >= 500) {
                throw new UpstreamFailure(status);
            }
            return new Upstream(status, response.hasEntity() ? response.readEntity(String.class) : "");
        }
    }
}
