package com.leadtolease.booking.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LeadRequest(
        @NotBlank @Size(max = 120) String name,
        // Bean Validation's @Email accepts "jane@localhost"; a reachable prospect needs a dotted domain.
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a valid email address")
        String email,
        @NotBlank @PlausiblePhone String phone) {
}
