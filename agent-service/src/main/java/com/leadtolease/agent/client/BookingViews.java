package com.leadtolease.agent.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** booking-service's answers, reduced to the fields the agent reads. */
public final class BookingViews {

    private BookingViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ListingPage(List<Listing> items) {
        public List<Listing> itemsOrEmpty() {
            return items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Listing(String id, String name, String area, Address address, int minRent, int maxRent,
                          List<Integer> bedroomsOffered, PetPolicy petPolicy, List<String> amenities,
                          List<String> photos) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String street, String city, String state, String zip) {
        public String oneLine() {
            return street + ", " + city + ", " + state + " " + zip;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PetPolicy(List<String> allowedSpecies, Integer maxWeightLbs, Integer petDeposit,
                            Integer monthlyPetRent, String notes) {
        public boolean allowsAnyPets() {
            return allowedSpecies != null && !allowedSpecies.isEmpty();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fees(int applicationFee, int adminFee) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfficeHours(String day, LocalTime open, LocalTime close) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String unitId, int bedrooms, double bathrooms, int sqft, int rent, int deposit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PropertyDetail(String id, String name, String area, Address address, String timeZone,
                                 PetPolicy petPolicy, List<String> amenities, String parking, Fees fees,
                                 List<OfficeHours> officeHours, List<Unit> units) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Availability(String propertyId, String timeZone, int slotMinutes, List<Slot> slots) {
        public List<Slot> slotsOrEmpty() {
            return slots == null ? List.of() : slots;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Slot(String slotId, OffsetDateTime start, OffsetDateTime end, int remaining) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tour(String id, String status, String propertyId, String propertyName, String slotId,
                       OffsetDateTime start, String timeZone) {
    }

    /** The problem body of a 409 on booking or reschedule. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SlotTaken(String detail, List<Slot> nextFreeSlots) {
        public List<Slot> slotsOrEmpty() {
            return nextFreeSlots == null ? List.of() : nextFreeSlots;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProblemBody(String detail) {
    }
}
