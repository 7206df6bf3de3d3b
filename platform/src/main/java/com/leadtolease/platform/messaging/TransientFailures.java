package com.leadtolease.platform.messaging;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that may pass (the database or the network is away, the service is still starting:
 * {@link NotReadyYet}) from one that will come back every time.
 * Deliberately narrow: anything else counts as a bad message, as it did before (not IOException in general: a JSON
 * parse error is one). Mongo's exceptions are matched by name: platform does not depend on the driver, and not every
 * service has it.
 */
public final class TransientFailures {

    private static final List<String> MONGO_TRANSIENT = List.of(
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoExecutionTimeoutException",
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException",
            "com.mongodb.MongoConnectionPoolClearedException");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BadMessage) {
                return false;
            }
            if (t instanceof NotReadyYet || t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof TimeoutException
                    || isA(t.getClass(), MONGO_TRANSIENT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isA(Class<?> type, List<String> names) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (names.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
