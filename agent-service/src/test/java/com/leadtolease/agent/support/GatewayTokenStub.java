package com.leadtolease.agent.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * chat-gateway's token endpoint (WireMock): answers {@link #SERVICE_TOKEN} to the agent's configured client
 * credentials and 401 to anything else, so the stubbed services can check what the agent sends them.
 */
public class GatewayTokenStub implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_TOKEN = "agent-service-test-token";
    public static final String AUTHORIZATION = "Bearer " + SERVICE_TOKEN;

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/api/auth/token")).willReturn(aResponse().withStatus(401)));
        server.stubFor(post(urlEqualTo("/api/auth/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=agent-service"))
                .withRequestBody(containing("client_secret=test-only-agent-client-secret"))
                .willReturn(okJson("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":900,\"scope\":\"bookings:read bookings:write training:read\"}")));
        return Map.of("agent.services.gateway", server.baseUrl(), "quarkus.rest-client.identity.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
