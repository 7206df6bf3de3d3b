package com.leadtolease.agent.guardrail;

import java.util.regex.Pattern;

/** A named pattern over lower-cased text. */
record GuardrailRule(String name, GuardrailKind kind, Pattern pattern) {

    static GuardrailRule of(String name, GuardrailKind kind, String regex) {
        return new GuardrailRule(name, kind, Pattern.compile(regex));
    }

    boolean matches(String lowerText) {
        return pattern.matcher(lowerText).find();
    }
}
