package com.leadtolease.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every call to booking-service (from the gateway and from agent-service) goes through one of these doors, which
 * differ only in whether a failed call may be sent again: a call is retried only when repeating it cannot book twice.
 * 5xx, timeouts and connection failures count towards the circuit breaker; 4xx are answers, not failures.
 * <p>
 * {@code reader} turns the answer into what the caller keeps (and releases the connection); a 5xx is read too and
 * thrown as {@link UpstreamFailure}.
 */
@ApplicationScoped
public class BookingCalls {

    /** Reads: safe to repeat. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 100,
            retryOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    public <T> T read(Supplier<Response> call, Function<Response, T> reader) {
        return answer(call.get(), reader);
    }

    /** Writes booking-service deduplicates (a POST carrying an Idempotency-Key, a cancel): safe to repeat. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            retryOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    public <T> T idempotentWrite(Supplier<Response> call, Function<Response, T> reader) {
        return answer(call.get(), reader);
    }

    /** Writes that could take effect twice if repeated (a POST without Idempotency-Key, a reschedule): sent once. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = {UpstreamFailure.class, ProcessingException.class, TimeoutException.class})
    public <T> T write(Supplier<Response> call, Function<Response, T> reader) {
        return answer(call.get(), reader);
    }

    private static <T> T answer(Response response, Function<Response, T> reader) {
        int status = response.getStatus();
        T answer = reader.apply(response);
        if (status >= 500) {
            throw new UpstreamFailure(status, answer);
        }
        return answer;
    }
}
