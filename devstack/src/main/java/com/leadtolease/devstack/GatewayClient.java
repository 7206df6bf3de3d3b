package com.leadtolease.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small JSON client for the public API, used by the integration test and the benchmark. */
public final class GatewayClient {
    public static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http;
    private final String authorization;

    private GatewayClient(String baseUrl, HttpClient http, String authorization) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.authorization = authorization;
    }

    public GatewayClient(String baseUrl, HttpClient http) {
        this(baseUrl, http, null);
    }

    public GatewayClient(String baseUrl) {
        this(baseUrl, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** The same client signed in: a client-credentials token from {@code POST /api/auth/token}. */
    public GatewayClient signedIn(String clientId, String clientSecret) throws IOException, InterruptedException {
        return new GatewayClient(baseUrl, http, "Bearer " + accessToken("grant_type=client_credentials&client_id="
                + encode(clientId) + "&client_secret=" + encode(clientSecret)));
    }

    /** The same client sending a token the caller already holds. */
    public GatewayClient withBearer(String accessToken) {
        return new GatewayClient(baseUrl, http, "Bearer " + accessToken);
    }

    /** A member of the leasing team's token (password grant). */
    public String staffToken(String username, String password) throws IOException, InterruptedException {
        return accessToken("grant_type=password&username=" + encode(username) + "&password=" + encode(password));
    }

    private String accessToken(String form) throws IOException, InterruptedException {
        Reply token = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (token.status() != 200) {
            throw new IllegalStateException("POST /api/auth/token: HTTP " + token.status() + " " + token.raw());
        }
        return token.body().path("access_token").asText();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public record Reply(int status, JsonNode body, String raw) {
    }

    /** A GET with one extra header (e.g. a tour's own X-Tour-Token). */
    public HttpRequest getRequest(String path, String header, String value) {
        return authorized(HttpRequest.newBuilder(URI.create(baseUrl + path))).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header(header, value).GET().build();
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send(authorized(HttpRequest.newBuilder(URI.create(baseUrl + path))).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build());
    }

    /** Any method, with an optional JSON body and extra headers given as name, value, name, value… */
    public Reply call(String method, String path, JsonNode body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(URI.create(baseUrl + path)))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** The same caller at another base URL (a service behind the gateway, which checks the same tokens). */
    public GatewayClient at(String otherBaseUrl) {
        return new GatewayClient(otherBaseUrl, http, authorization);
    }

    public Reply postJson(String path, JsonNode body) throws IOException, InterruptedException {
        return send(postRequest(path, body));
    }

    public HttpRequest postRequest(String path, JsonNode body) throws IOException {
        return authorized(HttpRequest.newBuilder(URI.create(baseUrl + path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    public Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), parse(response.body()), response.body());
    }

    /** The body of {@code POST /api/tours}. */
    public static ObjectNode tourRequest(String propertyId, String slotId, String name, String email, String phone) {
        ObjectNode request = JSON.createObjectNode().put("propertyId", propertyId).put("slotId", slotId).put("tourType", "in_person");
        request.putObject("lead").put("name", name).put("email", email).put("phone", phone);
        return request;
    }

    /** A slot of the property's availability, or empty when it is no longer offered. */
    public Optional<JsonNode> slot(String propertyId, String slotId) throws IOException, InterruptedException {
        Reply availability = get("/api/properties/" + propertyId + "/availability");
        if (availability.status() != 200) {
            throw new IllegalStateException("availability of " + propertyId + ": HTTP " + availability.status() + " " + availability.raw());
        }
        for (JsonNode slot : availability.body().path("slots")) {
            if (slotId.equals(slot.path("slotId").asText())) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.nullNode();
        }
    }
}
