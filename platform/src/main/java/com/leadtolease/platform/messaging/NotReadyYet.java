package com.leadtolease.platform.messaging;

/**
 * A record arrived before the service could handle it (e.g. a start-up step has not finished): it is handled again
 * in place until it can be, never dead-lettered.
 */
public class NotReadyYet extends RuntimeException {

    public NotReadyYet(String message) {
        super(message);
    }
}
