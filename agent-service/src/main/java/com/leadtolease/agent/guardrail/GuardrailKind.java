package com.leadtolease.agent.guardrail;

import java.util.Locale;

public enum GuardrailKind {
    FAIR_HOUSING,
    ACCOMMODATION,
    PROMPT_INJECTION;

    /** fair_housing | accommodation | prompt_injection, as in the reply's guardrail field. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accommodation, assistance-animal and voucher questions are answered by a person. */
    public boolean handsOff() {
        return this == ACCOMMODATION;
    }
}
