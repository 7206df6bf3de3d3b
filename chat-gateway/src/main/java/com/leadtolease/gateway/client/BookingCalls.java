package com.leadtolease.gateway.client;

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
 * Every call to booking-service goes through one of these three doors, which differ only in whether a
 * failed call may be sent again. A call is retried only when repeating it cannot book twice.
 * Downstream 5xx, timeouts and connection failures count towards the circuit breaker; 4xx do not.
 */
@ApplicationScoped
public class BookingCalls {

    /** Reads: safe to repeat. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 100,
            retryOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    public Response read(Supplier<Response> call) {
        return ForwardedResponse.failingOn5xx(call.get());
    }

    /** Writes that booking-service deduplicates (a POST carrying an Idempotency-Key, a cancel): safe to repeat. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            retryOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    public Response idempotentWrite(Supplier<Response> call) {
        return ForwardedResponse.failingOn5xx(call.get());
    }

    /** Writes that could take effect twice if repeated (a POST without Idempotency-Key, a reschedule): sent once. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    public Response write(Supplier<Response> call) {
        return ForwardedResponse.failingOn5xx(call.get());
    }
}
