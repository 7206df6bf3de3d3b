package com.leadtolease.agent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/agent/operator/conversations/{sessionId}/reply; who replies comes from the token. */
public record OperatorReplyRequest(@NotBlank @Size(max = 2000) String text) {
}
