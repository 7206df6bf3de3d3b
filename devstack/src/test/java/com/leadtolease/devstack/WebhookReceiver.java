package com.leadtolease.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Zapier-like target on 127.0.0.1: answers 500 while failing, 200 otherwise, and counts per event id
 * ({@code X-Lead2Lease-Event-Id}) the deliveries it accepted and every attempt.
 */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private volatile Instant failUntil = Instant.MIN;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(DevStackConfig.HOST, 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    String url() {
        return "http://" + DevStackConfig.HOST + ":" + server.getAddress().getPort() + "/hooks/tour-scheduled";
    }

    /** Answers 500 to everything until {@code until}. */
    void failUntil(Instant until) {
        failUntil = until;
    }

    int accepted(String eventId) {
        AtomicInteger n = accepted.get(eventId);
        return n == null ? 0 : n.get();
    }

    int attempts(String eventId) {
        AtomicInteger n = attempts.get(eventId);
        return n == null ? 0 : n.get();
    }

    Map<String, Integer> acceptedPerEvent() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        accepted.forEach((id, n) -> copy.put(id, n.get()));
        return copy;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String eventId = String.valueOf(exchange.getRequestHeaders().getFirst("X-Lead2Lease-Event-Id"));
            attempts.computeIfAbsent(eventId, k -> new AtomicInteger()).incrementAndGet();
            boolean failing = Instant.now().isBefore(failUntil);
            if (!failing) {
                accepted.computeIfAbsent(eventId, k -> new AtomicInteger()).incrementAndGet();
            }
            exchange.sendResponseHeaders(failing ? 500 : 200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
