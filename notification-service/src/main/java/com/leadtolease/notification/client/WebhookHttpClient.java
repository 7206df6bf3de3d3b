package com.leadtolease.notification.client;

import com.leadtolease.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** POSTs a JSON body to a webhook URL with the JDK HttpClient: connect and request timeouts, no redirects. */
@ApplicationScoped
public class WebhookHttpClient {

    private static final int EXCERPT_LENGTH = 200;

    private final HttpClient http;
    private final Duration requestTimeout;

    public WebhookHttpClient(NotificationConfig config) {
        this.requestTimeout = config.webhooks().requestTimeout();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.webhooks().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * @throws IOException          connection refused, reset, or {@link java.net.http.HttpTimeoutException}
     * @throws InterruptedException when the dispatcher is shutting down
     */
    public WebhookResponse postJson(URI url, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Lead-to-Lease-Notifications/1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new WebhookResponse(response.statusCode(), retryAfter(response), excerpt(response.body()));
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "…";
    }
}
