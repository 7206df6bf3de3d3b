package com.leadtolease.platform.messaging;

/** A record that will fail however often it is handled: it goes to the channel's dead-letter topic. */
public class BadMessage extends RuntimeException {

    public BadMessage(String message) {
        super(message);
    }
}
