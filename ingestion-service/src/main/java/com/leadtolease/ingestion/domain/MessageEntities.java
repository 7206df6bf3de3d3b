package com.leadtolease.ingestion.domain;

import java.time.LocalDate;
import java.util.List;

/** Entities stored with a message (contact details are never stored here: they are hashed in pii_hashes). */
public record MessageEntities(Integer budget, LocalDate moveDate, Integer bedrooms, List<String> pets,
                              List<String> areas, List<String> preferences) {
}
