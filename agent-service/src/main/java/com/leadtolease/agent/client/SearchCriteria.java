package com.leadtolease.agent.client;

import java.time.LocalDate;

/** One listings search as sent to booking-service; null fields are left out of the query. */
public record SearchCriteria(String area, Integer maxRent, Integer bedrooms, Integer minBedrooms, String pets,
                             LocalDate availableBy) {

    /** No criteria: every listing (the first page). */
    public static final SearchCriteria ANY = new SearchCriteria(null, null, null, null, null, null);

    public SearchCriteria withMaxRent(Integer value) {
        return new SearchCriteria(area, value, bedrooms, minBedrooms, pets, availableBy);
    }

    public SearchCriteria withArea(String value) {
        return new SearchCriteria(value, maxRent, bedrooms, minBedrooms, pets, availableBy);
    }

    public SearchCriteria withBedrooms(Integer exact, Integer atLeast) {
        return new SearchCriteria(area, maxRent, exact, atLeast, pets, availableBy);
    }

    public SearchCriteria withAvailableBy(LocalDate value) {
        return new SearchCriteria(area, maxRent, bedrooms, minBedrooms, pets, value);
    }
}
