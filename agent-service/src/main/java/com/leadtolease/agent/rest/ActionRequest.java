package com.leadtolease.agent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * Body of POST /api/agent/action: a UI button. choose_listing needs payload.propertyId, choose_slot payload.slotId;
 * mark_favorite, request_docs and apply take an optional payload.propertyId (default: the chosen property).
 */
public record ActionRequest(
        @NotBlank @Size(max = 128) String sessionId,
        @NotBlank @Pattern(regexp = "choose_listing|choose_slot|mark_favorite|request_docs|apply|handoff",
                message = "must be one of choose_listing, choose_slot, mark_favorite, request_docs, apply, handoff")
        String type,
        Map<String, Object> payload) {
}
