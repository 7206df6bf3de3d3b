package com.leadtolease.agent.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Body of POST /api/leads/leads. At least an email or a phone is needed: leads are deduplicated on them. */
public record LeadRequest(
        @Size(max = 128) String leadId,
        @Size(max = 120) String name,
        @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a valid email address")
        String email,
        @Size(max = 30) String phone,
        @Min(0) @Max(1_000_000) Integer budget,
        LocalDate moveDate,
        @Min(0) @Max(10) Integer bedrooms,
        List<@Size(max = 40) String> pets,
        List<@Size(max = 80) String> areas,
        List<@Size(max = 80) String> preferences,
        @Pattern(regexp = "qualifying|sending_list|selecting_favorites|touring|applying|approval|post_close|renewal",
                message = "must be one of the stages of GET /api/leads/stages") String stage,
        Boolean consentToContact,
        @Size(max = 128) String sessionId) {
}
