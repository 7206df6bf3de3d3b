package com.leadtolease.agent.support;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A WireMock transformer that holds the answers of the stubs naming it ({@code .withTransformers(HeldResponses.NAME)})
 * until the test releases them, or at the latest after {@link #LONGEST_HOLD} (below the booking calls' timeouts).
 */
public final class HeldResponses implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "held";
    public static final Duration LONGEST_HOLD = Duration.ofSeconds(8);

    private static volatile CountDownLatch release = new CountDownLatch(0);
    private static volatile CountDownLatch arrived = new CountDownLatch(1);

    /** From now on held stubs wait until {@link #release()}. */
    public static void hold() {
        arrived = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    /** Whether a held request came within the timeout. */
    public static boolean awaitHeldRequest(Duration timeout) throws InterruptedException {
        return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static void release() {
        release.countDown();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        arrived.countDown();
        try {
            release.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return serveEvent.getResponseDefinition();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
