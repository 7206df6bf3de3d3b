package com.leadtolease.contracts.chat;

/**
 * What the guardrails did with a turn.
 *
 * @param triggered fair_housing | accommodation | prompt_injection, or null
 * @param handoff   true when the conversation was handed to a human
 */
public record GuardrailData(String triggered, boolean handoff) {

    public static final GuardrailData NONE = new GuardrailData(null, false);
}
