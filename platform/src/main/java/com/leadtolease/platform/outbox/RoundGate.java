package com.leadtolease.platform.outbox;

/** Lets a service hold the relay back while something must not compete with it (e.g. a large commit). */
public interface RoundGate {

    RoundGate OPEN = new RoundGate() {
    };

    /** False skips this round. */
    default boolean tryEnter() {
        return true;
    }

    default void exit() {
    }

    /** True stops a round between two batches. */
    default boolean shouldYield() {
        return false;
    }
}
