package com.leadtolease.agent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of POST /api/leads/parse-inquiry; receivedAt defaults to now. */
public record ParseInquiryRequest(@NotBlank @Size(max = 10_000) String text, Instant receivedAt) {
}
