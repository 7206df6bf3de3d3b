package com.leadtolease.notification.service;

/** A booking event that can never be processed as it is; it goes to the dead-letter topic. */
public class InvalidBookingEventException extends InvalidEventException {
    public InvalidBookingEventException(String message) {
        super(message);
    }
}
