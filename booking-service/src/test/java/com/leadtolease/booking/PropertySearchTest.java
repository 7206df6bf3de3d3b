package com.leadtolease.booking;

import com.leadtolease.booking.domain.PetPolicy;
import com.leadtolease.booking.domain.Property;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Search over three fixture properties in an area of their own, so seeded data does not interfere. */
@QuarkusTest
class PropertySearchTest {

    @Inject
    Fixtures fixtures;

    String area;
    Property dogsAndCats;
    Property catsOnly;
    Property noPets;

    @BeforeEach
    void createListings() {
        String token = Fixtures.token();
        area = "Searchville " + token;
        LocalDate today = LocalDate.now(Fixtures.CHICAGO);
        dogsAndCats = fixtures.property(area,
                Fixtures.unit("S1", 0, 900, today.plusDays(5)),
                Fixtures.unit("B2", 2, 1500, today.plusDays(40)));
        dogsAndCats.petPolicy = pets("dog", "cat");
        fixtures.save(dogsAndCats);
        catsOnly = fixtures.property(area,
                Fixtures.unit("A1", 1, 1100, today),
                Fixtures.unit("C3", 3, 2000, today.plusDays(60)));
        catsOnly.petPolicy = pets("cat");
        fixtures.save(catsOnly);
        noPets = fixtures.property(area,
                Fixtures.unit("B2", 2, 1300, today.plusDays(2)),
                Fixtures.unit("D4", 4, 2600, today.plusDays(3)));
    }

    @Test
    void maxRentKeepsOnlyAffordableUnitsSortedByLowestRent() {
        search(Map.of("maxRent", 1200))
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(dogsAndCats.id, catsOnly.id)))
                .body("items[0].minRent", equalTo(900))
                .body("items[0].maxRent", equalTo(900))
                .body("items[0].matchingUnits.unitId", equalTo(List.of("S1")))
                .body("items[0].bedroomsOffered", equalTo(List.of(0)))
                .body("items[0].area", equalTo(area))
                .body("items[0].address.city", equalTo("Houston"));
    }

    @Test
    void bedroomsIsExactAndMinBedroomsIsALowerBound() {
        search(Map.of("bedrooms", 2))
                .body("items.id", equalTo(List.of(noPets.id, dogsAndCats.id)))
                .body("items[1].matchingUnits.unitId", equalTo(List.of("B2")));
        search(Map.of("minBedrooms", 3))
                .body("items.id", equalTo(List.of(catsOnly.id, noPets.id)))
                .body("items[1].matchingUnits.unitId", equalTo(List.of("D4")))
                .body("items[1].minRent", equalTo(2600));
        search(Map.of("bedrooms", 0))
                .body("items.id", equalTo(List.of(dogsAndCats.id)));
    }

    @Test
    void petsFiltersBySpeciesOrAnyPets() {
        search(Map.of("pets", "dog")).body("items.id", equalTo(List.of(dogsAndCats.id)));
        search(Map.of("pets", "CAT")).body("items.id", equalTo(List.of(dogsAndCats.id, catsOnly.id)));
        search(Map.of("pets", "true")).body("items.id", equalTo(List.of(dogsAndCats.id, catsOnly.id)))
                .body("items[0].petPolicy.allowedSpecies", equalTo(List.of("dog", "cat")));
        search(Map.of("pets", "ferret")).body("total", equalTo(0));
    }

    @Test
    void availableByKeepsUnitsFreeOnOrBeforeTheDate() {
        LocalDate inTenDays = LocalDate.now(Fixtures.CHICAGO).plusDays(10);
        search(Map.of("availableBy", inTenDays.toString()))
                .body("items.id", equalTo(List.of(dogsAndCats.id, catsOnly.id, noPets.id)))
                .body("items[0].matchingUnits.unitId", equalTo(List.of("S1")))
                .body("items[1].matchingUnits.unitId", equalTo(List.of("A1")))
                .body("items[2].matchingUnits.unitId", equalTo(List.of("B2", "D4")));
    }

    @Test
    void filtersCombine() {
        search(Map.of("pets", "cat", "minBedrooms", 1, "maxRent", 1600))
                .body("items.id", equalTo(List.of(catsOnly.id, dogsAndCats.id)))
                .body("items[1].matchingUnits.unitId", equalTo(List.of("B2")));
    }

    @Test
    void areaIsCaseInsensitiveAndPagingIsStable() {
        given().queryParam("area", area.toUpperCase()).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/properties")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.id", equalTo(List.of(noPets.id)));
        given().queryParam("area", area.toLowerCase()).queryParam("size", 2)
                .when().get("/api/properties")
                .then().body("items.id", equalTo(List.of(dogsAndCats.id, catsOnly.id)));
    }

    @Test
    void detailShowsEverythingAndUnknownIdsAre404() {
        given().when().get("/api/properties/" + catsOnly.id)
                .then().statusCode(200)
                .body("id", equalTo(catsOnly.id))
                .body("units", hasSize(2))
                .body("officeHours", hasSize(7))
                .body("timeZone", equalTo("America/Chicago"))
                .body("slotMinutes", equalTo(30))
                .body("slotCapacity", equalTo(1));
        given().when().get("/api/properties/nope-" + Fixtures.token())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badParametersAreNamed() {
        invalid(Map.of("size", 101), "size");
        invalid(Map.of("size", 0), "size");
        invalid(Map.of("page", -1), "page");
        invalid(Map.of("maxRent", "cheap"), "maxRent");
        invalid(Map.of("bedrooms", "two"), "bedrooms");
        invalid(Map.of("availableBy", "2026-13-01"), "availableBy");
        invalid(Map.of("bedrooms", 1, "minBedrooms", 1), "minBedrooms");
        invalid(Map.of("pets", "dogs & cats"), "pets");
    }

    private io.restassured.response.ValidatableResponse search(Map<String, Object> params) {
        return given().queryParam("area", area).queryParams(params)
                .when().get("/api/properties")
                .then().statusCode(200);
    }

    private static void invalid(Map<String, Object> params, String field) {
        given().queryParams(params).when().get("/api/properties")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static PetPolicy pets(String... species) {
        PetPolicy policy = new PetPolicy();
        policy.allowedSpecies = List.of(species);
        policy.maxWeightLbs = 50;
        policy.petDeposit = 300;
        policy.monthlyPetRent = 25;
        return policy;
    }
}
