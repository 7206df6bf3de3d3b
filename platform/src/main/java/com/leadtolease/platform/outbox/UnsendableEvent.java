package com.leadtolease.platform.outbox;

/** An event no retry can send (no channel for its topic, too large for the broker): the relay parks it. */
public class UnsendableEvent extends RuntimeException {

    public UnsendableEvent(String message) {
        super(message);
    }

    /** True when this failure, or one of its causes, will happen again on every retry. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsendableEvent
                    || cause instanceof org.apache.kafka.common.errors.RecordTooLargeException
                    || cause instanceof org.apache.kafka.common.errors.RecordBatchTooLargeException
                    || cause instanceof org.apache.kafka.common.errors.InvalidTopicException) {
                return true;
            }
        }
        return false;
    }
}
