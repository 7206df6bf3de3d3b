package com.leadtolease.notification.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A property's name for the subject of a lead email, from booking-service's public listing
 * ({@code GET /api/properties/{id}}, no token needed). Best effort: when booking-service cannot say within a short
 * timeout the email goes out anyway ("our homes"). Names found are kept: they hardly ever change.
 */
@ApplicationScoped
public class PropertyNames {

    private static final Logger LOG = Logger.getLogger(PropertyNames.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, String> known = new ConcurrentHashMap<>();
    private final String bookingUrl;
    private final ObjectMapper json;

    public PropertyNames(NotificationConfig config, ObjectMapper json) {
        String url = config.services().booking();
        this.bookingUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.json = json;
    }

    public Optional<String> of(String propertyId) {
        if (propertyId == null || propertyId.isBlank()) {
            return Optional.empty();
        }
        String cached = known.get(propertyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(bookingUrl + "/api/properties/"
                    + URLEncoder.encode(propertyId, StandardCharsets.UTF_8))).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.debugf("No name for property %s: booking-service answered %d", propertyId, response.statusCode());
                return Optional.empty();
            }
            JsonNode name = json.readTree(response.body()).path("name");
            if (!name.isTextual() || name.asText().isBlank()) {
                return Optional.empty();
            }
            known.put(propertyId, name.asText());
            return Optional.of(name.asText());
        } catch (IOException | IllegalArgumentException e) {
            LOG.debugf("No name for property %s: %s", propertyId, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
