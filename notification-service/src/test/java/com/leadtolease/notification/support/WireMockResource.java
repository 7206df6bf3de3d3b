package com.leadtolease.notification.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A real HTTP server (WireMock) on a random loopback port, configured as the webhook target of tour-scheduled
 * events and of schedule_tour / apply_now / handoff agent actions. It answers 200 unless a test registers a more specific stub
 * (matched on the body's tour_id or idempotency_key).
 */
public class WireMockResource implements QuarkusTestResourceLifecycleManager {

    public static final String SCHEDULED_HOOK_PATH = "/hooks/tour-scheduled";
    /** Two Zaps want schedule_tour actions, one apply_now, one handoff; nobody request_docs or mark_favorite. */
    public static final String SCHEDULE_TOUR_HOOK_PATH = "/hooks/action-schedule-tour";
    public static final String CRM_SCHEDULE_TOUR_HOOK_PATH = "/hooks/crm-schedule-tour";
    public static final String APPLY_NOW_HOOK_PATH = "/hooks/action-apply-now";
    public static final String HANDOFF_HOOK_PATH = "/hooks/action-handoff";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(urlPathMatching("/hooks/.*")).atPriority(10).willReturn(ok()));
        return Map.of("notification.webhooks.targets.tour-scheduled", server.baseUrl() + SCHEDULED_HOOK_PATH,
                "notification.webhooks.actions.schedule-tour",
                server.baseUrl() + SCHEDULE_TOUR_HOOK_PATH + "," + server.baseUrl() + CRM_SCHEDULE_TOUR_HOOK_PATH,
                "notification.webhooks.actions.apply-now", server.baseUrl() + APPLY_NOW_HOOK_PATH,
                "notification.webhooks.actions.handoff", server.baseUrl() + HANDOFF_HOOK_PATH,
                // Also booking-service, for the property names of lead emails.
                "notification.services.booking", server.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
