package com.leadtolease.agent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * Body of POST /api/agent/action: a UI button. choose_listing needs payload.propertyId, choose_slot payload.slotId;
 * mark_favorite, request_docs and apply take an optional payload.propertyId (default: the chosen property). The type
 * and payload are checked by {@code ChatActions}, as on every other path a turn takes.
 */
public record ActionRequest(
        @NotBlank @Size(max = 128) String sessionId,
        String type,
        Map<String, Object> payload) {
}
