package com.leadtolease.booking;

import com.leadtolease.booking.domain.OfficeHours;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.booking.repository.PropertyRepository;
import com.leadtolease.booking.repository.SlotRepository;
import com.leadtolease.booking.seed.PropertySeeder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** %test seeds like production: the sample portfolio and its rolling tour slots exist after start. */
@QuarkusTest
class SeedDataTest {

    @Inject
    PropertySeeder seeder;
    @Inject
    PropertyRepository properties;
    @Inject
    SlotRepository slots;

    @Test
    void samplePortfolioCoversHoustonAreasStudiosToFourBedroomsAndPetPolicies() {
        List<Property> seeded = seeded();

        assertThat(seeded).hasSizeGreaterThanOrEqualTo(12);
        assertThat(seeded).extracting(property -> property.neighborhood).contains("Katy", "Cypress", "Memorial",
                "The Heights", "Midtown", "Montrose", "Sugar Land", "Downtown", "Galleria/Uptown", "Pearland",
                "The Woodlands", "Spring Branch");
        assertThat(seeded).flatExtracting(property -> property.units).extracting(unit -> unit.bedrooms)
                .contains(0, 1, 2, 3, 4);
        assertThat(seeded).allSatisfy(property -> {
            assertThat(property.address.zip).matches("77\\d{3}");
            assertThat(property.timeZone).isEqualTo("America/Chicago");
            assertThat(property.fees.applicationFee).isPositive();
            assertThat(property.units).isNotEmpty().allSatisfy(unit -> {
                assertThat(unit.rent).isBetween(800, 5000);
                assertThat(unit.deposit).isPositive();
                assertThat(unit.availableFrom).isNotNull();
            });
            assertThat(property.officeHours).isNotEmpty();
            assertThat(property.amenities).isNotEmpty();
        });
        assertThat(seeded).anyMatch(property -> property.petPolicy.allowedSpecies.equals(List.of("cat")));
        assertThat(seeded).anyMatch(property -> property.photos.isEmpty());
        assertThat(seeded).anyMatch(property -> !property.photos.isEmpty());
    }

    @Test
    void everySeededPropertyHoldsTheFactsProspectsAskAbout() {
        assertThat(seeded()).allSatisfy(property -> {
            assertThat(property.fees.securityDeposit).as(property.id)
                    .isEqualTo(property.units.stream().mapToInt(unit -> unit.deposit).min().orElseThrow());
            assertThat(property.fees.adminFee).as(property.id).isPositive();
            assertThat(property.petPolicy.maxPets).as(property.id).isBetween(1, 3);
            assertThat(property.petPolicy.petFee).as(property.id).isPositive();
            assertThat(property.parkingOptions).as(property.id).isNotEmpty()
                    .allSatisfy(option -> assertThat(option.monthlyCost).isBetween(0, 300));
            assertThat(property.leaseTerms.minMonths).as(property.id).isBetween(3, property.leaseTerms.maxMonths);
            assertThat(property.utilities.included).as(property.id).isNotEmpty();
            assertThat(property.utilities.residentPaid).as(property.id).contains("electricity")
                    .doesNotContainAnyElementsOf(property.utilities.included);
            assertThat(property.nearby).as(property.id).extracting(place -> place.kind)
                    .contains("grocery", "school", "park");
            assertThat(property.transit).as(property.id).allSatisfy(line -> {
                assertThat(line.mode).isIn("bus", "rail");
                assertThat(line.walkMinutes).isBetween(1, 15);
            });
        });
        assertThat(seeded()).anyMatch(property -> property.transit.isEmpty());
        assertThat(seeded()).anyMatch(property -> property.specials.isEmpty());
    }

    @Test
    void thePropertyApiCarriesPetsFeesLeaseUtilitiesNearbyPlacesAndTransit() {
        given().when().get("/api/properties/memorial-oaks-residences").then().statusCode(200)
                .body("petPolicy.maxWeightLbs", org.hamcrest.Matchers.is(50))
                .body("petPolicy.maxPets", org.hamcrest.Matchers.is(2))
                .body("petPolicy.restrictedBreeds", hasItem("Rottweiler"))
                .body("fees.securityDeposit", org.hamcrest.Matchers.is(600))
                .body("parkingOptions.monthlyCost", hasItem(75))
                .body("leaseTerms.minMonths", org.hamcrest.Matchers.is(9))
                .body("utilities.included", hasItem("valet trash"))
                .body("nearby.name", hasItem("H-E-B Memorial"))
                .body("transit[0].line", org.hamcrest.Matchers.is("METRO bus 70 Memorial"));
    }

    @Test
    void seededPropertiesHaveSlotsWithinOfficeHoursForTheComingTwoWeeks() {
        for (Property property : seeded()) {
            List<TourSlot> propertySlots = slots.list("propertyId", property.id);
            assertThat(propertySlots).as(property.id).isNotEmpty();
            LocalDate today = LocalDate.now(property.zone());
            for (TourSlot slot : propertySlots) {
                ZonedDateTime start = slot.start.atZone(property.zone());
                LocalDate day = start.toLocalDate();
                assertThat(day).as(slot.id).isBetween(today.minusDays(1), today.plusDays(14));
                assertThat(property.holidays).as(slot.id).doesNotContain(day);
                OfficeHours hours = property.hoursOn(start.getDayOfWeek()).orElseThrow();
                assertThat(start.toLocalTime()).as(slot.id).isBetween(hours.open, hours.close.minusMinutes(property.slotMinutes));
                assertThat(slot.end).isEqualTo(slot.start.plusSeconds(property.slotMinutes * 60L));
                assertThat(slot.id).isEqualTo(TourSlot.idFor(property.id, LocalDateTime.ofInstant(slot.start, property.zone())));
            }
        }
    }

    @Test
    void seedingRunsOnlyOnAnEmptyCollection() {
        long before = properties.count();

        assertThat(seeder.seedIfEmpty()).isZero();
        assertThat(properties.count()).isEqualTo(before);
    }

    @Test
    void seededListingsAreSearchable() {
        given().queryParam("area", "katy").when().get("/api/properties")
                .then().statusCode(200).body("items.id", hasItem("cinco-ranch-commons"));
        given().queryParam("pets", "bird").when().get("/api/properties")
                .then().statusCode(200).body("items.id", hasItem("woodlands-waterway-residences"));
    }

    private List<Property> seeded() {
        return seeder.readSeed().stream().map(property -> properties.findById(property.id)).toList();
    }
}
