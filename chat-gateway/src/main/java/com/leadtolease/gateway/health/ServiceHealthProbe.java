package com.leadtolease.gateway.health;

import com.leadtolease.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Asks every downstream service's /q/health/ready in parallel, each bounded by the configured timeout. */
@ApplicationScoped
public class ServiceHealthProbe {

    private final GatewayConfig config;
    private final HttpClient http;

    public ServiceHealthProbe(GatewayConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.healthTimeout()).build();
    }

    public List<ServiceHealth> probeAll() {
        List<CompletableFuture<ServiceHealth>> probes = config.services().entrySet().stream()
                .map(service -> probe(service.getKey() + "-service", service.getValue()))
                .toList();
        return probes.stream().map(CompletableFuture::join)
                .sorted(Comparator.comparing(ServiceHealth::name))
                .toList();
    }

    private CompletableFuture<ServiceHealth> probe(String name, String baseUrl) {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(config.healthTimeout()).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new ServiceHealth(name, baseUrl,
                        response.statusCode() == 200 ? ServiceHealth.UP : ServiceHealth.DOWN,
                        elapsedMs(started), "readiness answered " + response.statusCode()))
                .exceptionally(error -> new ServiceHealth(name, baseUrl, ServiceHealth.DOWN, elapsedMs(started),
                        "unreachable: " + rootMessage(error)));
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
