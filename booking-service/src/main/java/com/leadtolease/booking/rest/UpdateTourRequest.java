package com.leadtolease.booking.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of PATCH /api/tours/{id}: either {@code slotId} (reschedule) or {@code status} (outcome), not both. */
public record UpdateTourRequest(
        @Size(min = 1, max = 160) String slotId,
        @Pattern(regexp = "completed|no_show", message = "must be completed or no_show (cancel a tour with DELETE)")
        String status) {
}
