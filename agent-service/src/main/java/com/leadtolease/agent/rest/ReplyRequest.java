package com.leadtolease.agent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/agent/reply. */
public record ReplyRequest(
        @NotBlank @Size(max = 128) String sessionId,
        @NotBlank @Size(max = 2000) String text) {
}
