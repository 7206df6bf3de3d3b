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
                            Integer monthlyPetRent, String notes, Integer maxPets, List<String> restrictedBreeds,
                            Integer petFee) {
        public PetPolicy(List<String> allowedSpecies, Integer maxWeightLbs, Integer petDeposit, Integer monthlyPetRent,
                         String notes) {
            this(allowedSpecies, maxWeightLbs, petDeposit, monthlyPetRent, notes, null, List.of(), null);
        }

        public List<String> restrictedBreedsOrEmpty() {
            return restrictedBreeds == null ? List.of() : restrictedBreeds;
        }

        public boolean allowsAnyPets() {
            return allowedSpecies != null && !allowedSpecies.isEmpty();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fees(int applicationFee, int adminFee, Integer securityDeposit) {
        public Fees(int applicationFee, int adminFee) {
            this(applicationFee, adminFee, null);
        }
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
                                 List<OfficeHours> officeHours, List<Unit> units, List<ParkingOption> parkingOptions,
                                 LeaseTerms leaseTerms, List<String> specials, Utilities utilities,
                                 List<NearbyPlace> nearby, List<TransitLine> transit) {
        /** A property whose data predates parking options, lease terms, specials, utilities, nearby places and transit. */
        public PropertyDetail(String id, String name, String area, Address address, String timeZone,
                              PetPolicy petPolicy, List<String> amenities, String parking, Fees fees,
                              List<OfficeHours> officeHours, List<Unit> units) {
            this(id, name, area, address, timeZone, petPolicy, amenities, parking, fees, officeHours, units, null,
                    null, null, null, null, null);
        }
    }

    /** A monthly cost of 0 is included in the rent or free. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ParkingOption(String type, int monthlyCost, String note) {
    }

    /** A lease shorter than shortTermUnderMonths costs shortTermPremium dollars more a month (both may be null). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeaseTerms(int minMonths, int maxMonths, Integer shortTermPremium, Integer shortTermUnderMonths) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Utilities(List<String> included, List<String> residentPaid) {
    }

    /** kind: grocery, school or park. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NearbyPlace(String kind, String name, double miles) {
    }

    /** mode: bus or rail. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TransitLine(String mode, String line, String stop, int walkMinutes) {
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
