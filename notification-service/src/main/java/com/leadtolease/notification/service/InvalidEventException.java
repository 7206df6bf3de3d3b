package com.leadtolease.notification.service;

/** An event that can never be processed as it is; it goes to the dead-letter topic of the topic it came from. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }
}
