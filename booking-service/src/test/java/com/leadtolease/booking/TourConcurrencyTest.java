package com.leadtolease.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.domain.TourStatus;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class TourConcurrencyTest {

    private static final int ATTEMPTS = 500;
    private static final int CLIENT_THREADS = 100;

    @TestHTTPResource("/api/tours")
    URI toursUri;
    @Inject
    Fixtures fixtures;
    @Inject
    TourRepository tours;
    @Inject
    SlotRepository slots;
    @Inject
    ObjectMapper mapper;

    @Test
    void fiveHundredParallelBookingsOfOneSlotGiveExactlyOneTour() throws Exception {
        Property property = fixtures.property();
        TourSlot contested = fixtures.slotInDays(property, 2, 10);
        TourSlot alternative = fixtures.slotInDays(property, 2, 11);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        CountDownLatch startGun = new CountDownLatch(1);
        String writer = TestTokens.bearer(Scopes.BOOKINGS_WRITE);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            String body = mapper.writeValueAsString(Fixtures.booking(contested, "racer-" + i + "@example.com"));
            HttpRequest request = HttpRequest.newBuilder(toursUri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", writer)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            calls.add(pool.submit(() -> {
                startGun.await();
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }));
        }

        long began = System.nanoTime();
        startGun.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> call : calls) {
            responses.add(call.get(2, TimeUnit.MINUTES));
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        pool.shutdown();

        List<HttpResponse<String>> created = responses.stream().filter(response -> response.statusCode() == 201).toList();
        List<HttpResponse<String>> conflicts = responses.stream().filter(response -> response.statusCode() == 409).toList();
        System.out.printf("Concurrency: %d attempts on one slot in %d ms -> %d x 201, %d x 409, %d other%n",
                ATTEMPTS, elapsedMillis, created.size(), conflicts.size(), ATTEMPTS - created.size() - conflicts.size());
        assertThat(created).hasSize(1);
        assertThat(conflicts).hasSize(ATTEMPTS - 1);

        JsonNode conflict = mapper.readTree(conflicts.get(0).body());
        assertThat(conflict.at("/nextFreeSlots/0/slotId").asText()).isEqualTo(alternative.id);
        assertThat(conflicts).allSatisfy(response ->
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json")));

        String winner = tourId(created.get(0));
        TourSlot slot = slots.findById(contested.id);
        assertThat(slot.remaining).isZero();
        assertThat(slot.claims).extracting(claim -> claim.tourId).containsExactly(winner);
        List<Tour> stored = tours.list("propertyId", property.id);
        assertThat(stored).extracting(tour -> tour.id).containsExactly(winner);
        assertThat(stored.get(0).status).isEqualTo(TourStatus.SCHEDULED);
        assertThat(slots.findById(alternative.id).claims).isEmpty();
    }

    @Test
    void parallelRetriesWithOneIdempotencyKeyBookOnce() throws Exception {
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 2, 12);
        String body = mapper.writeValueAsString(Fixtures.booking(slot, Fixtures.email()));
        HttpRequest request = HttpRequest.newBuilder(toursUri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .header("Idempotency-Key", "retry-" + Fixtures.token())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch startGun = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(pool.submit(() -> {
                startGun.await();
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }));
        }
        startGun.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> call : calls) {
            responses.add(call.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(responses).extracting(this::tourId)
                .containsOnly(tours.list("propertyId", property.id).get(0).id);
        assertThat(tours.count("propertyId", property.id)).isEqualTo(1);
        assertThat(slots.findById(slot.id).claims).hasSize(1);
    }

    private String tourId(HttpResponse<String> response) {
        try {
            return mapper.readTree(response.body()).get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(response.body(), e);
        }
    }
}
