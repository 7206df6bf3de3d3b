package com.leadtolease.booking.rest;

import com.leadtolease.booking.domain.TourType;
import com.leadtolease.booking.service.TourRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/** Body of POST /api/tours. {@code tourType} defaults to in_person. */
public record BookTourRequest(
        @NotBlank @Size(max = 100) String propertyId,
        @NotBlank @Size(max = 160) String slotId,
        TourType tourType,
        @NotNull @Valid LeadRequest lead,
        @Size(max = 2000) String notes,
        @Size(max = 64) String unitId,
        @Size(max = 128) String leadId,
        @Size(max = 128) String sessionId) {

    TourRequest toTourRequest() {
        return new TourRequest(propertyId.trim(), slotId.trim(), tourType == null ? TourType.IN_PERSON : tourType,
                lead.name().trim(), lead.email().trim().toLowerCase(Locale.ROOT), lead.phone().trim(),
                blankToNull(notes), blankToNull(unitId), blankToNull(leadId), blankToNull(sessionId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
