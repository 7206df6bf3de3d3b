package com.leadtolease.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A real HTTP server standing in for booking, agent, ingestion and embedding services (their paths do not
 * overlap). notification-service points at a closed port, so health aggregation sees it DOWN.
 */
public class BookingServiceStub implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        String closed = "http://127.0.0.1:9";
        return Map.of(
                "gateway.services.booking", "http://127.0.0.1:" + server.port(),
                "gateway.services.agent", "http://127.0.0.1:" + server.port(),
                "gateway.services.ingestion", "http://127.0.0.1:" + server.port(),
                "gateway.services.embedding", "http://127.0.0.1:" + server.port(),
                "gateway.services.notification", closed,
                "gateway.health-timeout", "PT1S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
