package com.leadtolease.agent.client;

/** booking-service could not be reached or kept failing after retries; the agent says so instead of guessing. */
public class BookingUnavailable extends RuntimeException {
    public BookingUnavailable(String operation, Throwable cause) {
        super("booking-service unavailable for " + operation + ": " + cause, cause);
    }
}
