package com.leadtolease.booking.domain;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a prospect is looking for. Property-level criteria (area, pets) decide whether a property is
 * considered at all; unit-level criteria decide which of its units match. Null means "no requirement".
 *
 * @param petSpecies a species such as "dog", or {@link #ANY_PET} for "any pets allowed"
 */
public record ListingCriteria(String area, String petSpecies, Integer maxRent, Integer bedrooms,
                              Integer minBedrooms, LocalDate availableBy) {

    public static final String ANY_PET = "*";

    public static ListingCriteria none() {
        return new ListingCriteria(null, null, null, null, null, null);
    }

    public boolean matches(Property property) {
        return matchesArea(property) && matchesPets(property.petPolicy);
    }

    public boolean matches(Unit unit) {
        return (maxRent == null || unit.rent <= maxRent)
                && (bedrooms == null || unit.bedrooms == bedrooms)
                && (minBedrooms == null || unit.bedrooms >= minBedrooms)
                && (availableBy == null || unit.availableFrom == null || !unit.availableFrom.isAfter(availableBy));
    }

    private boolean matchesArea(Property property) {
        return area == null || (property.neighborhood != null
                && property.neighborhood.toLowerCase(Locale.ROOT).contains(area.toLowerCase(Locale.ROOT)));
    }

    private boolean matchesPets(PetPolicy policy) {
        if (petSpecies == null) {
            return true;
        }
        if (policy == null) {
            return false;
        }
        return ANY_PET.equals(petSpecies) ? policy.allowsAnyPets() : policy.allows(petSpecies);
    }
}
