package com.leadtolease.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Polls every service's {@code /q/health/ready} until all answer {@code "status": "UP"}, a child dies, or time is up. */
final class HealthWaiter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Empty when all are ready; otherwise why not, per service. */
    Map<ServiceProcess, String> await(List<ServiceProcess> services, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Map<ServiceProcess, String> pending = new LinkedHashMap<>();
        services.forEach(s -> pending.put(s, "no answer yet"));
        while (true) {
            List<ServiceProcess> round = new ArrayList<>(pending.keySet());
            List<CompletableFuture<String>> checks = round.stream().map(this::check).toList();
            for (int i = 0; i < round.size(); i++) {
                ServiceProcess service = round.get(i);
                String problem = checks.get(i).join();
                if (problem == null) {
                    pending.remove(service);
                    Log.info(service.name() + " ready on :" + service.port() + " after " + Log.seconds(start));
                } else if (!service.process().isAlive()) {
                    pending.put(service, "exited with code " + service.process().process().exitValue());
                    return pending;
                } else {
                    pending.put(service, problem);
                }
            }
            if (pending.isEmpty()) {
                return pending;
            }
            if (System.nanoTime() > deadline) {
                return pending;
            }
            Thread.sleep(500);
        }
    }

    /** Null when ready, else a short reason. */
    private CompletableFuture<String> check(ServiceProcess service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.readinessUrl()))
                .timeout(Duration.ofSeconds(3)).header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    String status = status(response.body());
                    if (response.statusCode() == 200 && "UP".equals(status)) {
                        return null;
                    }
                    return "HTTP " + response.statusCode() + (status == null ? "" : ", status " + status) + ": " + abbreviate(response.body());
                })
                .exceptionally(e -> "not answering (" + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName() + ")");
    }

    private static String status(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.path("status").asText(null);
        } catch (Exception e) {
            return null;
        }
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
