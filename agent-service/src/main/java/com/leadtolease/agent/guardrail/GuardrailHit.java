package com.leadtolease.agent.guardrail;

/** @param rule the name of the rule that matched, for the audit log (never the prospect's text) */
public record GuardrailHit(GuardrailKind kind, String rule) {
}
