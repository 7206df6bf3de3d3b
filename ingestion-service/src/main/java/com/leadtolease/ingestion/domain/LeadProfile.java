package com.leadtolease.ingestion.domain;

import java.time.LocalDate;
import java.util.List;

/** What the lead of a thread said about themselves, aggregated over their messages; contact data only as hashes. */
public record LeadProfile(String nameHash, String emailHash, String phoneHash, Integer budget, LocalDate moveDate,
                          List<String> preferredAreas, List<String> pets, Integer bedrooms) {

    public LeadProfile {
        preferredAreas = preferredAreas == null ? List.of() : List.copyOf(preferredAreas);
        pets = pets == null ? null : List.copyOf(pets);
    }
}
