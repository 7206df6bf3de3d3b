package com.leadtolease.agent.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Body of POST /api/leads/threads. */
public record ThreadRequest(
        @NotBlank @Size(max = 128) String leadId,
        @Pattern(regexp = "web|sms|crm|email|phone", message = "must be web, sms, crm, email or phone") String channel,
        @Size(max = 500) List<@Valid Message> messages) {

    public record Message(
            @NotBlank @Pattern(regexp = "lead|agent", message = "must be lead or agent") String role,
            @NotBlank @Size(max = 5000) String text,
            Instant timestamp) {
    }
}
