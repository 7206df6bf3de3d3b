package com.leadtolease.booking.repository;

import java.time.Instant;

/** What GET /api/tours filters by; null criteria are not applied. {@code from} inclusive, {@code to} exclusive. */
public record TourFilter(String email, String propertyId, String leadId, Instant from, Instant to) {
}
