package com.leadtolease.agent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/agent/operator/conversations/{sessionId}/release. */
public record OperatorReleaseRequest(@NotBlank @Size(max = 80) String operator) {
}
