package com.leadtolease.agent.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** booking-service answers, shaped like the real API, for WireMock stubs. */
public final class BookingFixtures {

    public static final String ZONE = "America/Chicago";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private BookingFixtures() {
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of(ZONE));
    }

    public static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZoneId.of(ZONE)).toOffsetDateTime();
    }

    public static Map<String, Object> listing(String id, String name, String area, int minRent, List<String> species) {
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put("id", id);
        listing.put("name", name);
        listing.put("area", area);
        listing.put("address", Map.of("street", "100 Main St", "city", "Houston", "state", "TX", "zip", "77001"));
        listing.put("minRent", minRent);
        listing.put("maxRent", minRent + 200);
        listing.put("bedroomsOffered", List.of(2));
        listing.put("matchingUnits", List.of());
        listing.put("petPolicy", Map.of("allowedSpecies", species));
        listing.put("amenities", List.of("pool"));
        listing.put("photos", List.of());
        return listing;
    }

    public static String page(List<Map<String, Object>> items) {
        return json(Map.of("items", items, "page", 0, "size", 20, "total", items.size()));
    }

    public static String property(String id, String name, String area) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("id", id);
        detail.put("name", name);
        detail.put("area", area);
        detail.put("address", Map.of("street", "2100 Grand Pkwy", "city", "Katy", "state", "TX", "zip", "77494"));
        detail.put("timeZone", ZONE);
        detail.put("petPolicy", Map.of("allowedSpecies", List.of("dog", "cat"), "maxWeightLbs", 50,
                "petDeposit", 300, "monthlyPetRent", 25, "notes", "Two pets per home."));
        detail.put("amenities", List.of("pool", "fitness center", "dog park", "playground"));
        detail.put("parking", "one covered space per home, garages for $125 a month");
        detail.put("fees", Map.of("applicationFee", 75, "adminFee", 150));
        detail.put("officeHours", List.of(Map.of("day", "MONDAY", "open", "09:00", "close", "18:00")));
        detail.put("units", List.of(Map.of("unitId", "A1", "bedrooms", 2, "bathrooms", 2.0, "sqft", 1000,
                "rent", 1850, "deposit", 500)));
        return json(detail);
    }

    public static Map<String, Object> slot(String slotId, OffsetDateTime start) {
        return Map.of("slotId", slotId, "start", start.toString(), "end", start.plusMinutes(30).toString(),
                "remaining", 1);
    }

    public static String availability(String propertyId, List<Map<String, Object>> slots) {
        return json(Map.of("propertyId", propertyId, "timeZone", ZONE, "slotMinutes", 30,
                "slots", new ArrayList<>(slots)));
    }

    public static String tour(String tourId, String propertyId, String propertyName, String slotId,
                              OffsetDateTime start) {
        Map<String, Object> tour = new LinkedHashMap<>();
        tour.put("id", tourId);
        tour.put("status", "scheduled");
        tour.put("tourType", "in_person");
        tour.put("propertyId", propertyId);
        tour.put("propertyName", propertyName);
        tour.put("slotId", slotId);
        tour.put("start", start.toString());
        tour.put("end", start.plusMinutes(30).toString());
        tour.put("timeZone", ZONE);
        return json(tour);
    }

    public static void stubProperty(WireMockServer booking, String id, String name, String area) {
        booking.stubFor(get(urlPathEqualTo("/api/properties/" + id))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(property(id, name, area))));
    }

    public static void stubAvailability(WireMockServer booking, String propertyId, List<Map<String, Object>> slots) {
        booking.stubFor(get(urlPathEqualTo("/api/properties/" + propertyId + "/availability")).atPriority(5)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(availability(propertyId, slots))));
    }

    public static void stubAvailabilityOn(WireMockServer booking, String propertyId, LocalDate day,
                                          List<Map<String, Object>> slots) {
        booking.stubFor(get(urlPathEqualTo("/api/properties/" + propertyId + "/availability")).atPriority(1)
                .withQueryParam("from", equalTo(day.toString()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(availability(propertyId, slots))));
    }
}
