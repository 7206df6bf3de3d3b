package com.leadtolease.agent.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /api/agent/start; every field is optional. channel: web (default), sms or crm. */
public record StartRequest(
        @Size(max = 128) String leadId,
        @Pattern(regexp = "web|sms|crm", message = "must be web, sms or crm") String channel,
        @Size(max = 100) String propertyId) {
}
